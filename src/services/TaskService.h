#pragma once

#include "Repositories.h"
#include "Result.h"
#include "Task.h"

#include <QObject>

namespace dotpha {

// Registering, editing and removing tasks: the one path every task change takes, so that the
// rules hold whoever calls (the editor, an undo command, an import) and views learn of each change
// through the signals instead of re-reading everything.
class TaskService : public QObject
{
    Q_OBJECT

public:
    explicit TaskService(Repositories &repositories, QObject *parent = nullptr);

    // Stores a new task, copying its owner's current name, kind and position. Returns the id.
    Result<qint64> add(Task task);
    // Saves task, which must carry the version it was read at. When the owner changed, the
    // registration snapshot is taken anew. A task saved as submitted must be ready (TaskReadiness).
    Result<int> update(Task task);
    Status remove(qint64 id, int version);
    Result<int> restore(qint64 id, int version);
    Result<Task> find(qint64 id);

Q_SIGNALS:
    void taskAdded(qint64 id);
    void taskChanged(qint64 id);
    void taskRemoved(qint64 id);

private:
    Status takeOwnerSnapshot(Task &task);
    static Status checkSubmittable(const Task &task);

    Repositories &m_repositories;
};

} // namespace dotpha
