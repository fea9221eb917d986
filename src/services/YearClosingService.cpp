#include "YearClosingService.h"

#include "ActorPermission.h"
#include "AuditRepository.h"
#include "ClosedYearRepository.h"
#include "ScoreThresholdsService.h"
#include "TaskRepository.h"
#include "TaskService.h"
#include "TransactionRunner.h"
#include "WorkflowPolicy.h"

namespace dotpha {

bool YearClosingService::carriesOver(const Task &task, int closingYear)
{
    return task.status == TaskStatus::Approved && task.year == closingYear && task.lastYear() > closingYear
           && task.progressPercent < 100;
}

Task YearClosingService::continuationOf(const Task &task, int closingYear)
{
    Task next = task;
    next.id = 0;
    next.version = 0;
    next.year = closingYear + 1;
    next.continuesTaskId = task.id;
    next.rating.reset();
    next.score.reset();
    next.assessment.clear();
    return next;
}

Result<QList<Task>> YearClosingService::tasksOf(int year)
{
    TaskQuery query;
    query.year = year;
    return m_repositories.tasks.list(query);
}

Result<YearClosingService::Preview> YearClosingService::preview(int year)
{
    Preview preview;
    const Result<bool> closed = m_repositories.closedYears.isClosed(year);
    if (!closed)
        return closed.error();
    preview.alreadyClosed = *closed;
    const Result<QList<Task>> tasks = tasksOf(year);
    if (!tasks)
        return tasks.error();
    for (const Task &task : *tasks) {
        preview.awaitingDecision += task.status == TaskStatus::Submitted ? 1 : 0;
        preview.unrated += task.status == TaskStatus::Approved && !task.rating ? 1 : 0;
        preview.toCarryOver += carriesOver(task, year) ? 1 : 0;
    }
    return preview;
}

Result<int> YearClosingService::close(const User &actor, int year)
{
    if (const Status noted = m_repositories.audit.setNote(tr("Closing of %1").arg(year)); !noted)
        return noted.error();
    // Read in the closing's own transaction: a task saved or imported while the administrator
    // looked at the preview is carried over or sealed like the others.
    const Result<int> carried = inTransaction<int>(m_repositories.transactions, [&]() -> Result<int> {
        if (const Status allowed = ActorPermission::check(m_repositories, actor, WorkflowPolicy::Action::CloseYear);
            !allowed)
            return allowed.error();
        const Result<bool> closed = m_repositories.closedYears.isClosed(year);
        if (!closed)
            return closed.error();
        if (*closed)
            return Error(Error::Kind::Refused, tr("The year %1 is already closed.").arg(year));
        const Result<QList<Task>> tasks = tasksOf(year);
        if (!tasks)
            return tasks.error();
        int count = 0;
        for (const Task &task : *tasks) {
            if (!carriesOver(task, year))
                continue;
            const Result<qint64> added = m_tasks.addChecked(continuationOf(task, year));
            if (!added)
                return added.error();
            ++count;
        }
        // The thresholds of the moment go with the year, read in the transaction that seals it.
        const Result<ScoreThresholds> thresholds = ScoreThresholdsService(m_repositories).current();
        if (!thresholds)
            return thresholds.error();
        const Status sealed = m_repositories.closedYears.close(
            year, actor.displayName.isEmpty() ? actor.login : actor.displayName, *thresholds);
        if (!sealed)
            return sealed.error();
        return count;
    });
    const Status cleared = m_repositories.audit.setNote(QString());
    if (carried && !cleared)
        return cleared.error();
    return carried;
}

} // namespace dotpha
