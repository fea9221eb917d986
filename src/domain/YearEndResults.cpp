#include "YearEndResults.h"

#include <algorithm>

namespace dotpha {

YearEndResults::YearEndResults(const QList<Task> &tasks)
{
    for (const Task &task : tasks) {
        if (task.status != TaskStatus::Approved) {
            m_notApproved << task;
            continue;
        }
        m_approved << task;
        if (task.rating)
            ++m_byRating[*task.rating];
        else
            ++m_unrated;
    }
}

int YearEndResults::approvedOf(TaskKind kind) const
{
    return int(std::count_if(m_approved.cbegin(), m_approved.cend(), [&](const Task &task) { return task.kind == kind; }));
}

QMap<UnitKind, double> YearEndResults::averageProgressByUnitKind() const
{
    QMap<UnitKind, std::pair<double, int>> sums;   // percents, tasks
    for (const Task &task : m_approved) {
        sums[task.unitKindAtRegistration].first += task.progressPercent;
        ++sums[task.unitKindAtRegistration].second;
    }
    QMap<UnitKind, double> averages;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        averages.insert(it.key(), it.value().first / it.value().second);
    return averages;
}

} // namespace dotpha
