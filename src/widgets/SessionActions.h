#pragma once

#include "AppSettings.h"
#include "Result.h"

#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QMainWindow;

namespace dotpha {

class DailyBackup;
class DamageCheck;
class DatabaseSession;
struct ServerAddress;
class Workspace;

// The window's file and session actions: a new database, opening one or the office server, the
// recent ones, signing in as another user, one's password, backing up and restoring, and the
// automatic daily copy. It opens a workspace and signs someone in on it; the window shows what
// it hands over (Context::show) and forgets it on Context::close.
class SessionActions : public QObject
{
    Q_OBJECT

public:
    using SignIn = std::function<bool(QWidget *parent, DatabaseSession &session)>;

    struct Context
    {
        std::function<DatabaseSession *()> session;
        // Takes the signed-in session in place of the one open until now.
        std::function<void(std::unique_ptr<DatabaseSession>)> show;
        // Closes the view of the session and the session itself.
        std::function<void()> close;
        // The signed-in user changed, or the database turned read-only: the window's actions
        // and status follow.
        std::function<void()> stateChanged;
    };

    SessionActions(Context context, QMainWindow *window);
    ~SessionActions() override;

    void setSignIn(SignIn signIn) { m_signIn = std::move(signIn); }
    void addFileActions(QMenu *file);
    void addSettings(QMenu *settings);
    void updateActions();

    Status openDatabase(const QString &path);
    Status openServer(const ServerAddress &address, const QString &password);
    void connectToServer(const QString &address = {});
    // Closes the database, puts the checked backup in its place (BackupRestorer) and opens it
    // again; with no database open, restores over the last one. Cancelled when the user stopped.
    Status restoreBackupFrom(const QString &backup);
    void switchUser();
    // Waits for the daily copy, then closes the session.
    void closeSession();

    void createNewDatabase();
    void chooseAndOpen();
    void backUp();
    void restoreBackup();

private:
    Status adopt(std::unique_ptr<Workspace> workspace);
    void startDamageCheck();
    void damageChecked(const QString &path, const Status &result);
    void startDailyBackup();
    void chooseBackupsKept();
    void changeOwnPassword();
    void updateRecentMenu();
    void showStatus(const QString &message, int timeoutMs);
    void showError(const Status &status);
    QWidget *window() const;

    Context m_context;
    SignIn m_signIn;
    AppSettings m_settings;
    DailyBackup *m_dailyBackup = nullptr;
    DamageCheck *m_damageCheck = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_switchUserAction = nullptr;
    QAction *m_passwordAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
};

} // namespace dotpha
