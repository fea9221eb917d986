#include "ProgressService.h"

#include "ActorPermission.h"
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
    if (const Status allowed = ActorPermission::check(m_repositories, actor, WorkflowPolicy::Action::LogProgress); !allowed)
        return allowed;
    const Result<Task> task = m_tasks.find(taskId);
    if (!task)
        return task.error();
    if (task->status != TaskStatus::Approved)
        return Error(Error::Kind::Refused, tr("Progress is followed once a task is approved."));
    return YearSeal::ensureOpen(m_repositories, task->year);
}

// A work item is planned with the registration (a draft, or one returned for revision) or added
// while the task is followed; not while a decision on it is awaited, nor after.
Status ProgressService::checkPlannable(const User &actor, qint64 taskId)
{
    if (const Status allowed = ActorPermission::check(m_repositories, actor, WorkflowPolicy::Action::LogProgress); !allowed)
        return allowed;
    const Result<Task> task = m_tasks.find(taskId);
    if (!task)
        return task.error();
    if (task->status != TaskStatus::Approved && task->status != TaskStatus::Draft && task->status != TaskStatus::Returned)
        return Error(Error::Kind::Refused, tr("Work items are planned while a registration is prepared, and added once "
                                              "it is approved; not while it awaits a decision."));
    return YearSeal::ensureOpen(m_repositories, task->year);
}

Result<qint64> ProgressService::addNote(const User &actor, const ProgressNote &note)
{
    if (!note.notedOn.isValid())
        return Error::validation(tr("The progress note needs its date."));
    if (note.text.trimmed().isEmpty() && !note.percent)
        return Error::validation(tr("Write what was done, or the percent reached."));
    ProgressNote stored = note;
    stored.authorId = actor.id > 0 ? std::optional<qint64>(actor.id) : std::nullopt;
    return inTransaction<qint64>(m_repositories.transactions, [&]() -> Result<qint64> {
        if (const Status loggable = checkLoggable(actor, note.taskId); !loggable)
            return loggable.error();
        const Result<qint64> added = m_repositories.progressNotes.add(stored);
        if (!added || !note.percent)
            return added;
        if (const Status set = setPercent(note.taskId, *note.percent); !set)
            return set.error();
        return added;
    });
}

Status ProgressService::setPercent(qint64 taskId, int percent)
{
    Result<Task> task = m_tasks.find(taskId);
    if (!task)
        return task.error();
    task->progressPercent = percent;
    const Result<int> saved = m_tasks.saveChecked(*task);
    return saved ? Status() : Status(saved.error());
}

namespace {

// The entry as stored, when it is one of the task's: the task is what the role, its state and the
// year were checked against, so an entry of another task must not pass under its name.
template <typename Entry>
Result<Entry> storedOf(const Result<QList<Entry>> &entriesOfTask, qint64 id)
{
    if (!entriesOfTask)
        return entriesOfTask.error();
    for (const Entry &entry : *entriesOfTask) {
        if (entry.id == id)
            return entry;
    }
    return Error(Error::Kind::NotFound, ProgressService::tr("The entry is not one of this task's."));
}

} // namespace

Status ProgressService::removeNote(const User &actor, const ProgressNote &note, std::optional<int> restoredPercent)
{
    return m_repositories.transactions.inTransaction([&]() -> Status {
        if (const Status loggable = checkLoggable(actor, note.taskId); !loggable)
            return loggable;
        if (const Result<ProgressNote> stored = storedOf(m_repositories.progressNotes.ofTask(note.taskId), note.id);
            !stored)
            return stored.error();
        if (const Status removed = m_repositories.progressNotes.remove(note.id, note.version); !removed)
            return removed;
        return restoredPercent ? setPercent(note.taskId, *restoredPercent) : Status();
    });
}

Status ProgressService::removeWorkItem(const User &actor, const WorkItem &item)
{
    return m_repositories.transactions.inTransaction([&]() -> Status {
        if (const Status loggable = checkPlannable(actor, item.taskId); !loggable)
            return loggable;
        if (const Result<WorkItem> stored = storedOf(m_repositories.workItems.ofTask(item.taskId), item.id); !stored)
            return stored.error();
        return m_repositories.workItems.remove(item.id, item.version);
    });
}

Status ProgressService::removeIndicator(const User &actor, const Indicator &indicator)
{
    return m_repositories.transactions.inTransaction([&]() -> Status {
        if (const Status loggable = checkLoggable(actor, indicator.taskId); !loggable)
            return loggable;
        if (const Result<Indicator> stored = storedOf(m_repositories.indicators.ofTask(indicator.taskId), indicator.id);
            !stored)
            return stored.error();
        return m_repositories.indicators.remove(indicator.id, indicator.version);
    });
}

// The indicator a value belongs to must be one of the task's: the task is what the role, its
// state and the year were checked against.
Status ProgressService::checkIndicatorOf(qint64 taskId, qint64 indicatorId)
{
    const Result<QList<Indicator>> indicators = m_repositories.indicators.ofTask(taskId);
    if (!indicators)
        return indicators.error();
    const bool ofTask = std::any_of(indicators->begin(), indicators->end(),
                                    [&](const Indicator &each) { return each.id == indicatorId; });
    if (!ofTask)
        return Error(Error::Kind::NotFound, tr("The indicator is not one of this task's."));
    return {};
}

Status ProgressService::removeValue(const User &actor, qint64 taskId, qint64 valueId)
{
    return m_repositories.transactions.inTransaction([&]() -> Status {
        if (const Status loggable = checkLoggable(actor, taskId); !loggable)
            return loggable;
        const Result<IndicatorValue> value = m_repositories.indicators.findValue(valueId);
        if (!value)
            return value.error();
        if (const Status owned = checkIndicatorOf(taskId, value->indicatorId); !owned)
            return owned;
        return m_repositories.indicators.removeValue(valueId);
    });
}

Result<qint64> ProgressService::addWorkItem(const User &actor, const WorkItem &item)
{
    if (item.title.trimmed().isEmpty())
        return Error::validation(tr("The work item needs a title."));
    return inTransaction<qint64>(m_repositories.transactions, [&]() -> Result<qint64> {
        if (const Status loggable = checkPlannable(actor, item.taskId); !loggable)
            return loggable.error();
        return m_repositories.workItems.add(item);
    });
}

Result<int> ProgressService::setWorkItemDone(const User &actor, WorkItem item, const QDate &doneOn)
{
    return inTransaction<int>(m_repositories.transactions, [&]() -> Result<int> {
        if (const Status loggable = checkLoggable(actor, item.taskId); !loggable)
            return loggable.error();
        // Only the done date changes, on the item as stored: the rest is not the caller's to move.
        Result<WorkItem> stored = storedOf(m_repositories.workItems.ofTask(item.taskId), item.id);
        if (!stored)
            return stored.error();
        stored->doneOn = doneOn;
        stored->version = item.version;
        return m_repositories.workItems.update(*stored);
    });
}

Result<qint64> ProgressService::addIndicator(const User &actor, const Indicator &indicator)
{
    if (indicator.name.trimmed().isEmpty())
        return Error::validation(tr("The indicator needs a name."));
    return inTransaction<qint64>(m_repositories.transactions, [&]() -> Result<qint64> {
        if (const Status loggable = checkLoggable(actor, indicator.taskId); !loggable)
            return loggable.error();
        return m_repositories.indicators.add(indicator);
    });
}

Result<qint64> ProgressService::recordValue(const User &actor, qint64 taskId, const IndicatorValue &value)
{
    if (!value.measuredOn.isValid())
        return Error::validation(tr("The measurement needs its date."));
    return inTransaction<qint64>(m_repositories.transactions, [&]() -> Result<qint64> {
        if (const Status loggable = checkLoggable(actor, taskId); !loggable)
            return loggable.error();
        if (const Status owned = checkIndicatorOf(taskId, value.indicatorId); !owned)
            return owned.error();
        return m_repositories.indicators.addValue(value);
    });
}

} // namespace dotpha
