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
// rules hold whoever calls (the editor, an undo command, an import) and views learn of each change
// through the signals instead of re-reading everything. Ordinary edits are refused to a role that
// may not register, on a task a reviewer has approved or rejected (it changes only by a decision,
// through ReviewService), and in a closed year (YearSeal). Every rule is checked inside the
// transaction that writes, and the signals are sent once that transaction has committed.
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
    // Registers many tasks at once, checked one by one as add() checks each, in one transaction
    // with one tasksReplaced() after it: all of them or none. where(i), when given, names the i-th
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

    // While one is alive, additions send no signal each; when the last one ends, one
    // tasksReplaced() follows the commit. For imports of thousands of rows.
    class Bulk
    {
    public:
        explicit Bulk(TaskService &service);
        ~Bulk();
        Bulk(const Bulk &) = delete;
        Bulk &operator=(const Bulk &) = delete;

    private:
        TaskService &m_service;
    };

Q_SIGNALS:
    void taskAdded(qint64 id);
    void taskChanged(qint64 id);
    void taskRemoved(qint64 id);
    // Many tasks changed at once: views read them again.
    void tasksReplaced();

private:
    Status takeOwnerSnapshot(Task &task);
    Status takeOwnerSnapshot(Task &task, QHash<qint64, Unit> &units, QHash<qint64, Person> &people);
    static Status checkSubmittable(const Task &task);
    static Status checkStatusOfRegistration(const Task &task, std::optional<TaskStatus> stored);
    Status checkMayRegister();
    Status checkEditable(const Task &task);
    // saveChecked's work, in the caller's transaction, over the task as stored, read in it.
    Result<int> saveOver(Task task, const Task &stored);
    void notify(void (TaskService::*signal)(qint64), qint64 id);
    void markBulkChanged();

    static User systemActor();

    Repositories &m_repositories;
    User m_actor = systemActor();
    int m_bulkDepth = 0;
    bool m_bulkChanged = false;   // a committed change of the current bulk
};

} // namespace dotpha
