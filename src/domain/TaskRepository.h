#pragma once

#include "Result.h"
#include "Task.h"
#include "TaskQuery.h"
#include "TaskTally.h"

#include <QHash>
#include <QList>

namespace dotpha {

// Versioning as in UnitRepository. remove() moves a task to the recycle bin, where no list, count
// or figure sees it; restore() brings it back with everything recorded about it.
class TaskRepository
{
public:
    virtual ~TaskRepository() = default;
    virtual Result<qint64> add(const Task &task) = 0;
    // Stores many new tasks at once (an import, generated data): all of them or, on any failure,
    // none. Returns their ids, in order.
    virtual Result<QList<qint64>> addMany(const QList<Task> &tasks) = 0;
    virtual Result<int> update(const Task &task) = 0;
    virtual Status remove(qint64 id, int version) = 0;
    virtual Result<int> restore(qint64 id, int version) = 0;
    virtual Result<Task> find(qint64 id) = 0;
    // A task moved to the recycle bin; NotFound for any other.
    virtual Result<Task> findInRecycleBin(qint64 id) = 0;
    // In registration order: year, then id.
    virtual Result<QList<Task>> list(const TaskQuery &query) = 0;
    virtual Result<int> count(const TaskQuery &query) = 0;
    // The year's tasks counted in one pass, by unit, status, kind and the owner's kind, with those
    // behind schedule on today.
    virtual Result<QList<TaskTally>> tally(int year, const QDate &today) = 0;
    // Title and owner's name as registered of each task of the year (not in the recycle bin):
    // what tells a registration already made.
    virtual Result<QList<std::pair<QString, QString>>> registrationKeys(int year) = 0;
};

} // namespace dotpha
