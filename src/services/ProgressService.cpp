#include "ProgressService.h"

#include "IndicatorRepository.h"
#include "ProgressNoteRepository.h"
#include "TaskService.h"
#include "TransactionRunner.h"
#include "WorkItemRepository.h"
#include "WorkflowPolicy.h"
#include "YearSeal.h"

namespace dotpha {

Status ProgressService::checkLoggable(const User &actor, qint64 taskId)
{
    if (!WorkflowPolicy::allows(actor.role, WorkflowPolicy::Action::LogProgress))
        return Error(Error::Kind::Refused, WorkflowPolicy::refusal(actor.role, WorkflowPolicy::Action::LogProgress));
    const Result<Task> task = m_tasks.find(taskId);
    if (!task)
        return task.error();
    if (task->status != TaskStatus::Approved)
        return Error(Error::Kind::Refused, tr("Progress is followed once a task is approved."));
    return YearSeal::ensureOpen(m_repositories, task->year);
}

Result<qint64> ProgressService::addNote(const User &actor, const ProgressNote &note)
{
    if (const Status loggable = checkLoggable(actor, note.taskId); !loggable)
        return loggable.error();
    if (!note.notedOn.isValid())
        return Error::validation(tr("The progress note needs its date."));
    if (note.text.trimmed().isEmpty() && !note.percent)
        return Error::validation(tr("Write what was done, or the percent reached."));
    ProgressNote stored = note;
    stored.authorId = actor.id > 0 ? std::optional<qint64>(actor.id) : std::nullopt;
    qint64 id = 0;
    const Status done = m_repositories.transactions.inTransaction([&]() -> Status {
        const Result<qint64> added = m_repositories.progressNotes.add(stored);
        if (!added)
            return added.error();
        id = *added;
        if (!note.percent)
            return {};
        Result<Task> task = m_tasks.find(note.taskId);
        if (!task)
            return task.error();
        task->progressPercent = *note.percent;
        const Result<int> saved = m_tasks.saveChecked(*task);
        return saved ? Status() : Status(saved.error());
    });
    if (!done)
        return done.error();
    return id;
}

Status ProgressService::removeNote(const User &actor, const ProgressNote &note, std::optional<int> restoredPercent)
{
    if (const Status loggable = checkLoggable(actor, note.taskId); !loggable)
        return loggable;
    return m_repositories.transactions.inTransaction([&]() -> Status {
        if (const Status removed = m_repositories.progressNotes.remove(note.id, note.version); !removed)
            return removed;
        if (!restoredPercent)
            return {};
        Result<Task> task = m_tasks.find(note.taskId);
        if (!task)
            return task.error();
        task->progressPercent = *restoredPercent;
        const Result<int> saved = m_tasks.saveChecked(*task);
        return saved ? Status() : Status(saved.error());
    });
}

Status ProgressService::removeWorkItem(const User &actor, const WorkItem &item)
{
    if (const Status loggable = checkLoggable(actor, item.taskId); !loggable)
        return loggable;
    return m_repositories.workItems.remove(item.id, item.version);
}

Status ProgressService::removeIndicator(const User &actor, const Indicator &indicator)
{
    if (const Status loggable = checkLoggable(actor, indicator.taskId); !loggable)
        return loggable;
    return m_repositories.indicators.remove(indicator.id, indicator.version);
}

Status ProgressService::removeValue(const User &actor, qint64 taskId, qint64 valueId)
{
    if (const Status loggable = checkLoggable(actor, taskId); !loggable)
        return loggable;
    return m_repositories.indicators.removeValue(valueId);
}

Result<qint64> ProgressService::addWorkItem(const User &actor, const WorkItem &item)
{
    if (const Status loggable = checkLoggable(actor, item.taskId); !loggable)
        return loggable.error();
    if (item.title.trimmed().isEmpty())
        return Error::validation(tr("The work item needs a title."));
    return m_repositories.workItems.add(item);
}

Result<int> ProgressService::setWorkItemDone(const User &actor, WorkItem item, const QDate &doneOn)
{
    if (const Status loggable = checkLoggable(actor, item.taskId); !loggable)
        return loggable.error();
    item.doneOn = doneOn;
    return m_repositories.workItems.update(item);
}

Result<qint64> ProgressService::addIndicator(const User &actor, const Indicator &indicator)
{
    if (const Status loggable = checkLoggable(actor, indicator.taskId); !loggable)
        return loggable.error();
    if (indicator.name.trimmed().isEmpty())
        return Error::validation(tr("The indicator needs a name."));
    return m_repositories.indicators.add(indicator);
}

Result<qint64> ProgressService::recordValue(const User &actor, qint64 taskId, const IndicatorValue &value)
{
    if (const Status loggable = checkLoggable(actor, taskId); !loggable)
        return loggable.error();
    if (!value.measuredOn.isValid())
        return Error::validation(tr("The measurement needs its date."));
    const Result<QList<Indicator>> indicators = m_repositories.indicators.ofTask(taskId);
    if (!indicators)
        return indicators.error();
    const bool ofTask = std::any_of(indicators->begin(), indicators->end(),
                                    [&](const Indicator &each) { return each.id == value.indicatorId; });
    if (!ofTask)
        return Error(Error::Kind::NotFound, tr("The indicator is not one of this task's."));
    return m_repositories.indicators.addValue(value);
}

} // namespace dotpha
