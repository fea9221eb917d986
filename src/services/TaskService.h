#pragma once

#include "Repositories.h"
#include "Result.h"
#include "Task.h"
#include "User.h"

#include <QObject>

namespace dotpha {

// Registering, editing and removing tasks: the one path every task change takes, so that the
// rules hold whoever calls (the editor, an undo command, an import) and views learn of each change
// through the signals instead of re-reading everything. Ordinary edits are refused to a role that
// may not register, on a task a reviewer has approved or rejected (it changes only by a decision,
// through ReviewService), and in a closed year (YearSeal).
class TaskService : public QObject
{
    Q_OBJECT

public:
    explicit TaskService(Repositories &repositories, QObject *parent = nullptr);

    // Who edits from now on; until set, the system account with an administrator's rights (the
    // command line, tests, a first start).
    void setActor(const User &actor) { m_actor = actor; }
    const User &actor() const { return m_actor; }
    // An approved or rejected task: reviewers decided on it, so ordinary edits no longer apply.
    static bool isLocked(const Task &task);

    // Stores a new task, copying its owner's current name, kind and position. Returns the id.
    Result<qint64> add(Task task);
    // Saves task, which must carry the version it was read at. When the owner changed, the
    // registration snapshot is taken anew. A task saved as submitted must be ready (TaskReadiness).
    Result<int> update(Task task);
    Status remove(qint64 id, int version);
    Result<int> restore(qint64 id, int version);
    Result<Task> find(qint64 id);

    // Saves a change a decision or a progress entry made, which its service has already checked
    // against the role, the task's state and the year; only the version and readiness are checked.
    Result<int> saveChecked(Task task);
    Result<qint64> addChecked(Task task);

Q_SIGNALS:
    void taskAdded(qint64 id);
    void taskChanged(qint64 id);
    void taskRemoved(qint64 id);

private:
    Status takeOwnerSnapshot(Task &task);
    static Status checkSubmittable(const Task &task);
    Status checkEditable(const Task &task);

    static User systemActor();

    Repositories &m_repositories;
    User m_actor = systemActor();
};

} // namespace dotpha
