#pragma once

#include "AppSettings.h"
#include "CommandFeedback.h"
#include "Result.h"
#include "Task.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

class QLabel;
class QUndoGroup;

class QUndoCommand;

namespace dotpha {

class TaskEditorDialog;

class DatabaseSession;
struct ServerAddress;
class Workspace;
class ProgressMenu;
class ReportMenu;
class ReviewMenu;
class InterchangeActions;
class SessionActions;
class DueNotice;
class WorkspaceView;

// The main window over one open database: its menus and toolbar, the open session, and the
// editing of tasks. What it shows of the database is the WorkspaceView's; the file and session
// actions are SessionActions', the spreadsheets InterchangeActions', the review, progress and
// report menus their own. Every change goes through an undo command on the session's stack.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Asks who is opening a session (SignInDialog::signIn) and signs them in; false when cancelled.
    using SignIn = std::function<bool(QWidget *parent, DatabaseSession &session)>;
    void setSignIn(SignIn signIn);

    // Closes the current database, if any, and opens path once someone has signed in. On failure
    // or cancel the current one stays.
    Status openDatabase(const QString &path);
    // The same for a database on the office server, signing in to it with password.
    Status openServer(const ServerAddress &address, const QString &password);
    // File ▸ Connect to the office server: the dialog, showing address (else the last server).
    void connectToServer(const QString &address = {});
    // Closes the database, puts the checked backup in its place (BackupRestorer) and opens it
    // again; with no database open, restores over the last one. Cancelled when the user stopped.
    Status restoreBackupFrom(const QString &backup);
    DatabaseSession *session() const { return m_session.get(); }
    std::optional<Task> currentTask() const;
    QList<Task> selectedTasks() const;
    ReportMenu *reportMenu() const { return m_reportMenu; }
    ReviewMenu *reviewMenu() const { return m_reviewMenu; }
    ProgressMenu *progressMenu() const { return m_progressMenu; }
    // Signs another user in on the open database (File > Sign in as another user).
    void switchUser();
    QAction *editAction() const { return m_editAction; }
    // Selects the task's row when the current list shows it.
    void selectTask(qint64 taskId);

    void newTask(TaskKind kind);
    void editCurrentTask();
    void deleteCurrentTask();
    void setYear(int year);
    // Searches at once, as the search box does 150 ms after the last keystroke.
    void searchFor(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createFileMenu();
    void createEditMenu();
    void createDataAndHelpMenus();
    void createToolBar();
    // The size ui/MainWindow.ui is drawn at, which a screen with room for it opens.
    static constexpr QSize DrawnSize{1280, 800};
    void placeOnScreen();
    void restoreLayout();
    void saveLayout();

    void showSession();
    void updateActions();
    // The signed-in user changed, or the database turned read-only.
    void followSessionState();
    void refreshDueNotice();
    void chooseDueWindow();
    void updateStatus(int total);

    void takeSession(std::unique_ptr<DatabaseSession> session);
    void closeSession();
    void openReferenceData(int tab);
    void chooseLanguage(const QString &language);
    void showAbout();
    void manageUsers();
    void showAuditLog();
    void afterReviewChange(const QString &message);
    int selectedYear() const;
    bool isSelectedYearClosed() const;
    QString changeRefusal(const std::optional<Task> &task) const;
    QString editRefusal(const Task &task) const;
    void showTaskReadOnly(const Task &task, const QString &reason);
    void readYearClosed();
    // Edits task in the editor before a reviewer's decision (an adjustment, a late amendment, a
    // supplement), which saves it and which is not submitted; false when cancelled.
    bool runEditorBeforeADecision(Task &task);
    // Edits a registration in the editor, which saves it itself through save: a failed save keeps
    // the editor open with what was typed. False when cancelled.
    bool runRegistrationEditor(const Task &task, const std::function<Status(const TaskEditorDialog &)> &save);
    // Pushes command, built with the feedback given, for the editor that saves taskId; a refusal
    // reads the task again.
    Status pushEdit(qint64 taskId, const std::function<QUndoCommand *(CommandFeedback)> &command);
    CommandFeedback feedback();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<DatabaseSession> m_session;
    AppSettings m_settings;
    WorkspaceView *m_view = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QAction *m_newCollectiveAction = nullptr;
    QAction *m_newIndividualAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    SessionActions *m_sessionActions = nullptr;
    InterchangeActions *m_interchangeActions = nullptr;
    QList<QAction *> m_referenceActions;
    ReportMenu *m_reportMenu = nullptr;
    ReviewMenu *m_reviewMenu = nullptr;
    ProgressMenu *m_progressMenu = nullptr;
    QAction *m_usersAction = nullptr;
    QAction *m_auditAction = nullptr;
    QLabel *m_userLabel = nullptr;
    DueNotice *m_dueNotice = nullptr;
    bool m_layoutRestored = false;
    bool m_selectedYearClosed = false;
};

} // namespace dotpha
