#pragma once

#include "Repositories.h"
#include "Result.h"
#include "Person.h"
#include "Task.h"
#include "Unit.h"
#include "User.h"

#include <QObject>

#include <functional>
#include <optional>

namespace dotpha {

// Registering, editing and removing tasks: the one path every task change takes, so that the
// rules hold whoever calls (the editor, an undo command, an import); views learn of each change
// from the audit trail once it is committed (ChangeFeed). Ordinary edits are refused to a role that
// may not register, on a task a reviewer has approved or rejected (it changes only by a decision,
// through ReviewService), and in a closed year (YearSeal). Every rule is checked inside the
// transaction that writes.
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
    // Why a locked task does not change as a registration; empty for one that does.
    static QString lockedMessage(const Task &task);

    // Stores a new task, copying its owner's current name and kind, and the person's position
    // unless the task states the one held when registering. Returns the id.
    Result<qint64> add(Task task);
    // Saves task, which must carry the version it was read at. When the owner changed, the
    // registration snapshot is taken anew. A task saved as submitted must be ready (TaskReadiness).
    Result<int> update(Task task);
    // Registers many tasks at once, checked one by one as add() checks each, in one transaction:
    // all of them or none. where(i), when given, names the i-th
    // task in a refusal ("Row 12"). Returns their ids, in order.
    Result<QList<qint64>> addMany(QList<Task> tasks, const std::function<QString(qsizetype)> &where = {});
    Status remove(qint64 id, int version);
    Result<int> restore(qint64 id, int version);
    Result<Task> find(qint64 id);

    // Saves a change a decision or a progress entry made, which its service checks against the
    // role, the task's state and the year in the same transaction; only the version and
    // readiness are checked here.
    Result<int> saveChecked(Task task);
    Result<qint64> addChecked(Task task);

private:
    Status takeOwnerSnapshot(Task &task);
    Status takeOwnerSnapshot(Task &task, QHash<qint64, Unit> &units, QHash<qint64, Person> &people);
    static Status checkSubmittable(const Task &task);
    static Status checkStatusOfRegistration(const Task &task, std::optional<TaskStatus> stored);
    Status checkMayRegister();
    Status checkEditable(const Task &task);
    // saveChecked's work, in the caller's transaction, over the task as stored, read in it.
    Result<int> saveOver(Task task, const Task &stored);

    static User systemActor();

    Repositories &m_repositories;
    User m_actor = systemActor();
};

} // namespace dotpha
