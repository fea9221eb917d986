#pragma once

#include "User.h"
#include "Workspace.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace dotpha {

class AccountService;
class ChangeFeed;
class ChangeWatcher;
class ConnectionMonitor;
class NavigatorModel;
class ProgressService;
class ReferenceDataService;
class ReviewService;
class Services;
class TaskService;
class YearClosingService;
class TaskTableModel;

// Everything the main window holds for one open database: the workspace, the task service, the
// models over it and its undo history. Opening another file replaces the whole session, so that
// nothing of the old file (an undo command, a cached row) can reach the new one. The signed-in
// user is the session's too: every service call and every audit record names them. Its ChangeFeed
// tells the models and windows of every change committed, here or by a colleague.
class DatabaseSession : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseSession(std::unique_ptr<Workspace> workspace, QObject *parent = nullptr);
    ~DatabaseSession() override;

    Workspace &workspace() { return *m_workspace; }
    Repositories &repositories() { return m_workspace->repositories(); }
    Services &services() { return *m_services; }
    TaskService &tasks();
    ReviewService &review();
    ProgressService &progress();
    YearClosingService &yearClosing();
    AccountService &accounts();
    ReferenceDataService &referenceData();

    const User &user() const { return m_user; }
    // Acts as user from now on: the task service checks their role, the audit trail names them.
    Status signIn(const User &user);
    ChangeFeed &changes() { return *m_changes; }
    // Whether the office server answers; the models' failed reads are told to it.
    ConnectionMonitor &connection() { return *m_connection; }
    // After a save that failed on tasks. Refused on them as stored (refused, saved by someone
    // else, removed), which may no longer be what the window shows (a change made where the trail
    // could not see it): their rows, details and menus read them again, so that the window shows
    // why. Failed on a lost connection: the session is offline (ConnectionMonitor).
    void followFailure(const Error &failure, const QList<qint64> &tasks);
    TaskTableModel &taskModel() { return *m_taskModel; }
    NavigatorModel &navigatorModel() { return *m_navigatorModel; }
    QUndoStack &undoStack() { return *m_undoStack; }

private:
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<ChangeWatcher> m_watcher;
    ChangeFeed *m_changes;
    ConnectionMonitor *m_connection;
    User m_user;
    TaskTableModel *m_taskModel;
    NavigatorModel *m_navigatorModel;
    QUndoStack *m_undoStack;
};

} // namespace dotpha
