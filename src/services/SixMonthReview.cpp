#include "SixMonthReview.h"

#include "ApprovalHistory.h"
#include "DecisionRepository.h"
#include "ProgressNoteRepository.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace dotpha {

namespace {

struct History
{
    int percent = 0;
    std::optional<ProgressNote> latestNote;
};

// Notes come each task's oldest first: the last with a percent gives the progress, the last of
// all is the latest word.
QHash<qint64, History> historiesOf(const QList<ProgressNote> &notes)
{
    QHash<qint64, History> histories;
    for (const ProgressNote &note : notes) {
        History &history = histories[note.taskId];
        if (note.percent)
            history.percent = *note.percent;
        history.latestNote = note;
    }
    return histories;
}

} // namespace

Result<SixMonthReview> SixMonthReview::of(ProgressNoteRepository &notes, DecisionRepository &decisions,
                                          const QList<Task> &tasks, int year, const QDate &asOf)
{
    const Result<QList<ProgressNote>> recorded = notes.ofYearUpTo(year, asOf);
    if (!recorded)
        return recorded.error();
    const Result<QList<Decision>> decided = decisions.ofYearWithoutSnapshots(year);
    if (!decided)
        return decided.error();
    const ApprovalHistory approvals(*decided);
    const QHash<qint64, History> histories = historiesOf(*recorded);
    SixMonthReview review;
    review.m_year = year;
    review.m_asOf = asOf;
    for (const Task &task : tasks) {
        if (!approvals.wasApproved(task, asOf))
            continue;
        const History history = histories.value(task.id);
        Standing standing{task, {}, history.latestNote};
        standing.task.progressPercent = history.percent;
        standing.task.status = TaskStatus::Approved;
        standing.state = ExecutionState::of(standing.task, asOf);
        ++review.m_byState[standing.state];
        review.m_standings << standing;
    }
    return review;
}

int SixMonthReview::countOf(TaskKind kind) const
{
    return int(std::count_if(m_standings.cbegin(), m_standings.cend(),
                             [kind](const Standing &standing) { return standing.task.kind == kind; }));
}

int SixMonthReview::averagePercent() const
{
    if (m_standings.isEmpty())
        return 0;
    double sum = 0;
    for (const Standing &standing : m_standings)
        sum += standing.task.progressPercent;
    return int(std::lround(sum / double(m_standings.size())));
}

QList<SixMonthReview::Standing> SixMonthReview::lagging() const
{
    QList<Standing> lagging;
    for (const Standing &standing : m_standings) {
        if (standing.state == ExecutionState::State::BehindSchedule || standing.state == ExecutionState::State::Overdue)
            lagging << standing;
    }
    return lagging;
}

} // namespace dotpha
