#include "TaskService.h"

#include "PersonRepository.h"
#include "TaskReadiness.h"
#include "TaskRepository.h"
#include "UnitRepository.h"

using namespace Qt::StringLiterals;

namespace dotpha {

TaskService::TaskService(Repositories &repositories, QObject *parent)
    : QObject(parent)
    , m_repositories(repositories)
{
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

Result<qint64> TaskService::add(Task task)
{
    if (task.unitId > 0) {
        if (const Status snapshot = takeOwnerSnapshot(task); !snapshot)
            return snapshot.error();
    }
    if (const Status submittable = checkSubmittable(task); !submittable)
        return submittable.error();
    const Result<qint64> id = m_repositories.tasks.add(task);
    if (id)
        Q_EMIT taskAdded(*id);
    return id;
}

Result<int> TaskService::update(Task task)
{
    const Result<Task> stored = m_repositories.tasks.find(task.id);
    if (!stored)
        return stored.error();
    if (stored->unitId != task.unitId || stored->personId != task.personId || stored->kind != task.kind) {
        if (const Status snapshot = takeOwnerSnapshot(task); !snapshot)
            return snapshot.error();
    }
    if (const Status submittable = checkSubmittable(task); !submittable)
        return submittable.error();
    const Result<int> version = m_repositories.tasks.update(task);
    if (version)
        Q_EMIT taskChanged(task.id);
    return version;
}

Status TaskService::remove(qint64 id, int version)
{
    const Status removed = m_repositories.tasks.remove(id, version);
    if (removed)
        Q_EMIT taskRemoved(id);
    return removed;
}

Result<int> TaskService::restore(qint64 id, int version)
{
    const Result<int> restored = m_repositories.tasks.restore(id, version);
    if (restored)
        Q_EMIT taskAdded(id);
    return restored;
}

Result<Task> TaskService::find(qint64 id)
{
    return m_repositories.tasks.find(id);
}

} // namespace dotpha
