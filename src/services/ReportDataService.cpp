#include "ReportDataService.h"

#include "AuditRepository.h"
#include "ClosedYearRepository.h"
#include "CommitteeSettingsRepository.h"
#include "DecisionRepository.h"
#include "FieldRepository.h"
#include "SummaryService.h"
#include "TaskRepository.h"

#include <algorithm>

namespace dotpha {

Result<ReportData> ReportDataService::collect(int year)
{
    ReportData data;
    const Result<std::optional<CommitteeSettings>> settings = m_repositories.settings.load();
    if (!settings)
        return settings.error();
    if (settings.value())
        data.committee = *settings.value();
    // A closed year's own thresholds, else the committee's just read (ScoreThresholdsService::forYear).
    const Result<std::optional<ScoreThresholds>> closedUnder = m_repositories.closedYears.thresholdsOf(year);
    if (!closedUnder)
        return closedUnder.error();
    if (closedUnder.value())
        data.committee.scoreThresholds = *closedUnder.value();

    Result<YearSummary> summary = SummaryService(m_repositories).summaryOf(year);
    if (!summary)
        return summary.error();
    data.summary = std::move(summary).value();

    TaskQuery query;
    query.year = year;
    Result<QList<Task>> tasks = m_repositories.tasks.list(query);
    if (!tasks)
        return tasks.error();
    data.tasks = std::move(tasks).value();
    // Collective first, then by kind of owner, keeping registration order within each group.
    std::stable_sort(data.tasks.begin(), data.tasks.end(), [](const Task &a, const Task &b) {
        if (a.kind != b.kind)
            return a.kind == TaskKind::Collective;
        return a.unitKindAtRegistration < b.unitKindAtRegistration;
    });

    Result<QHash<qint64, int>> adjustments = m_repositories.decisions.countsByTask(year, DecisionKind::Adjust);
    if (!adjustments)
        return adjustments.error();
    data.adjustments = std::move(adjustments).value();
    if (const Result<QList<Field>> fields = m_repositories.fields.all()) {
        for (const Field &field : *fields)
            data.fieldNames.insert(field.id, field.name);
    }
    const Result<std::optional<AuditHead>> head = m_repositories.audit.head();
    if (!head)
        return head.error();
    data.auditHead = *head;
    data.date = QDate::currentDate();
    return data;
}

} // namespace dotpha
