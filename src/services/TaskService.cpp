#include "TaskService.h"

#include "ActorPermission.h"
#include "PersonRepository.h"
#include "TaskReadiness.h"
#include "TaskRepository.h"
#include "TransactionRunner.h"
#include "UnitRepository.h"
#include "WorkflowPolicy.h"
#include "YearSeal.h"

using namespace Qt::StringLiterals;

namespace dotpha {

TaskService::TaskService(Repositories &repositories, QObject *parent)
    : QObject(parent)
    , m_repositories(repositories)
{
}

User TaskService::systemActor()
{
    User system;
    system.role = UserRole::Administrator;
    return system;
}

bool TaskService::isLocked(const Task &task)
{
    return task.status == TaskStatus::Approved || task.status == TaskStatus::Rejected;
}

// A registration is a draft or submitted: approval and rejection are a reviewer's decisions, and
// so is returning a task for revision (a returned task stays returned while it is reworked).
Status TaskService::checkStatusOfRegistration(const Task &task, std::optional<TaskStatus> stored)
{
    if (isLocked(task))
        return Error(Error::Kind::Refused, tr("Only a reviewer's decision makes a task approved or rejected."));
    if (task.status == TaskStatus::Returned && stored != TaskStatus::Returned)
        return Error(Error::Kind::Refused, tr("Only a reviewer returns a task for revision."));
    return {};
}

Status TaskService::takeOwnerSnapshot(Task &task)
{
    const Result<Unit> unit = m_repositories.units.find(task.unitId);
    if (!unit)
        return unit.error();
    std::optional<Person> person;
    if (task.kind == TaskKind::Individual && task.personId) {
        const Result<Person> found = m_repositories.people.find(*task.personId);
        if (!found)
            return found.error();
        person = *found;
    }
    task.takeOwnerSnapshot(*unit, person ? &*person : nullptr);
    return {};
}

Status TaskService::checkSubmittable(const Task &task)
{
    if (task.status != TaskStatus::Submitted)
        return {};
    const QStringList missing = TaskReadiness::missing(task);
    if (missing.isEmpty())
        return {};
    return Error::validation(tr("The task cannot be submitted yet:") + QLatin1Char('\n')
                             + missing.join(QLatin1Char('\n')));
}

Status TaskService::checkMayRegister()
{
    return ActorPermission::check(m_repositories, m_actor, WorkflowPolicy::Action::Register);
}

// task is as stored: the checks concern what it is now, not what an edit would make it.
Status TaskService::checkEditable(const Task &task)
{
    if (const Status allowed = checkMayRegister(); !allowed)
        return allowed;
    if (isLocked(task))
        return Error(Error::Kind::Refused, lockedMessage(task));
    return YearSeal::ensureOpen(m_repositories, task.year);
}

QString TaskService::lockedMessage(const Task &task)
{
    if (!isLocked(task))
        return {};
    return task.status == TaskStatus::Approved
               ? tr("“%1” has been approved and is locked: it changes only through an adjustment decision by a "
                    "reviewer.").arg(task.title)
               : tr("“%1” has been rejected and is locked.").arg(task.title);
}

Result<qint64> TaskService::add(Task task)
{
    return inTransaction<qint64>(m_repositories.transactions, [&]() -> Result<qint64> {
        if (const Status allowed = checkMayRegister(); !allowed)
            return allowed.error();
        if (const Status status = checkStatusOfRegistration(task, std::nullopt); !status)
            return status.error();
        if (const Status open = YearSeal::ensureOpen(m_repositories, task.year); !open)
            return open.error();
        return addChecked(std::move(task));
    });
}

Result<QList<qint64>> TaskService::addMany(QList<Task> tasks, const std::function<QString(qsizetype)> &where)
{
    return inTransaction<QList<qint64>>(m_repositories.transactions, [&]() -> Result<QList<qint64>> {
        if (const Status allowed = checkMayRegister(); !allowed)
            return allowed.error();
        QHash<int, Status> years;   // each year's seal, read once
        QHash<qint64, Unit> units;
        QHash<qint64, Person> people;
        for (qsizetype i = 0; i < tasks.size(); ++i) {
            Task &task = tasks[i];
            const auto refused = [&](const Error &error) {
                return where ? Error(error.kind(), tr("%1: %2").arg(where(i), error.message()), error.detail()) : error;
            };
            if (const Status status = checkStatusOfRegistration(task, std::nullopt); !status)
                return refused(status.error());
            if (!years.contains(task.year))
                years.insert(task.year, YearSeal::ensureOpen(m_repositories, task.year));
            if (const Status open = years.value(task.year); !open)
                return refused(open.error());
            if (const Status snapshot = takeOwnerSnapshot(task, units, people); !snapshot)
                return refused(snapshot.error());
            if (const Status submittable = checkSubmittable(task); !submittable)
                return refused(submittable.error());
        }
        return m_repositories.tasks.addMany(tasks);
    });
}

// The owner's snapshot from records read once each, for many tasks; a position the task states
// is kept, as in addChecked().
Status TaskService::takeOwnerSnapshot(Task &task, QHash<qint64, Unit> &units, QHash<qint64, Person> &people)
{
    if (!units.contains(task.unitId)) {
        const Result<Unit> unit = m_repositories.units.find(task.unitId);
        if (!unit)
            return unit.error();
        units.insert(task.unitId, *unit);
    }
    const Person *person = nullptr;
    if (task.kind == TaskKind::Individual && task.personId) {
        if (!people.contains(*task.personId)) {
            const Result<Person> found = m_repositories.people.find(*task.personId);
            if (!found)
                return found.error();
            people.insert(*task.personId, *found);
        }
        person = &*people.constFind(*task.personId);
    }
    const QString statedPosition = task.positionAtRegistration;
    task.takeOwnerSnapshot(units.value(task.unitId), person);
    if (task.kind == TaskKind::Individual && !statedPosition.isEmpty())
        task.positionAtRegistration = statedPosition;
    return {};
}

Result<qint64> TaskService::addChecked(Task task)
{
    return inTransaction<qint64>(m_repositories.transactions, [&]() -> Result<qint64> {
        if (task.unitId > 0) {
            // A position stated with the registration (a spreadsheet's) is the one held then.
            const QString statedPosition = task.positionAtRegistration;
            if (const Status snapshot = takeOwnerSnapshot(task); !snapshot)
                return snapshot.error();
            if (task.kind == TaskKind::Individual && !statedPosition.isEmpty())
                task.positionAtRegistration = statedPosition;
        }
        if (const Status submittable = checkSubmittable(task); !submittable)
            return submittable.error();
        return m_repositories.tasks.add(task);
    });
}

Result<int> TaskService::update(Task task)
{
    return inTransaction<int>(m_repositories.transactions, [&]() -> Result<int> {
        const Result<Task> stored = m_repositories.tasks.find(task.id);
        if (!stored)
            return stored.error();
        if (const Status editable = checkEditable(*stored); !editable)
            return editable.error();
        if (const Status status = checkStatusOfRegistration(task, stored->status); !status)
            return status.error();
        if (task.year != stored->year) {
            if (const Status open = YearSeal::ensureOpen(m_repositories, task.year); !open)
                return open.error();
        }
        return saveOver(std::move(task), *stored);
    });
}

Result<int> TaskService::saveChecked(Task task)
{
    return inTransaction<int>(m_repositories.transactions, [&]() -> Result<int> {
        const Result<Task> stored = m_repositories.tasks.find(task.id);
        if (!stored)
            return stored.error();
        return saveOver(std::move(task), *stored);
    });
}

Result<int> TaskService::saveOver(Task task, const Task &stored)
{
    if (stored.unitId != task.unitId || stored.personId != task.personId || stored.kind != task.kind) {
        if (const Status snapshot = takeOwnerSnapshot(task); !snapshot)
            return snapshot.error();
    }
    if (const Status submittable = checkSubmittable(task); !submittable)
        return submittable.error();
    return m_repositories.tasks.update(task);
}

Status TaskService::remove(qint64 id, int version)
{
    return m_repositories.transactions.inTransaction([&]() -> Status {
        const Result<Task> stored = m_repositories.tasks.find(id);
        if (!stored)
            return stored.error();
        if (const Status editable = checkEditable(*stored); !editable)
            return editable;
        return m_repositories.tasks.remove(id, version);
    });
}

Result<int> TaskService::restore(qint64 id, int version)
{
    return inTransaction<int>(m_repositories.transactions, [&]() -> Result<int> {
        if (const Status allowed = checkMayRegister(); !allowed)
            return allowed.error();
        const Result<Task> binned = m_repositories.tasks.findInRecycleBin(id);
        if (!binned)
            return binned.error();
        if (const Status open = YearSeal::ensureOpen(m_repositories, binned->year); !open)
            return open.error();
        return m_repositories.tasks.restore(id, version);
    });
}

Result<Task> TaskService::find(qint64 id)
{
    return m_repositories.tasks.find(id);
}

} // namespace dotpha
