#include "SessionActions.h"

#include "AccountService.h"
#include "ActionRefusal.h"
#include "AutomaticBackups.h"
#include "BackupRestorer.h"
#include "BusyCursor.h"
#include "DailyBackup.h"
#include "DamageCheck.h"
#include "DatabaseSession.h"
#include "ErrorPresenter.h"
#include "FileChooser.h"
#include "NewDatabaseDialog.h"
#include "ServerConnectDialog.h"
#include "SignInDialog.h"
#include "UserFormDialog.h"
#include "UserRepository.h"
#include "WorkflowPolicy.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

const char *const DatabaseFilter = QT_TRANSLATE_NOOP("dotpha::SessionActions", "Dotpha databases (*.sqlite *.db)");
const char *const ServerBackupFilter = QT_TRANSLATE_NOOP("dotpha::SessionActions", "Office server backups (*.dump)");

} // namespace

SessionActions::SessionActions(Context context, QMainWindow *window)
    : QObject(window)
    , m_context(std::move(context))
    , m_signIn(&SignInDialog::signIn)
{
}

SessionActions::~SessionActions() = default;

QWidget *SessionActions::window() const
{
    return static_cast<QWidget *>(parent());
}

void SessionActions::addFileActions(QMenu *file)
{
    QAction *newAction = file->addAction(tr("&New database..."), this, &SessionActions::createNewDatabase);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open database..."), this, &SessionActions::chooseAndOpen);
    openAction->setShortcut(QKeySequence::Open);
    QAction *connectAction = file->addAction(tr("&Connect to the office server..."), this, [this] { connectToServer(); });
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_switchUserAction = file->addAction(tr("Sign in as &another user..."), this, &SessionActions::switchUser);
    m_switchUserAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_passwordAction = file->addAction(tr("Change my pass&word..."), this, &SessionActions::changeOwnPassword);
    m_backupAction = file->addAction(tr("&Back up..."), this, &SessionActions::backUp);
    m_backupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_backupAction->setObjectName(u"backupAction"_s);
    m_restoreAction = file->addAction(tr("Res&tore a backup..."), this, &SessionActions::restoreBackup);
    m_restoreAction->setObjectName(u"restoreAction"_s);
    updateRecentMenu();
}

void SessionActions::addSettings(QMenu *settings)
{
    settings->addAction(tr("Automatic &backups..."), this, &SessionActions::chooseBackupsKept);
}

void SessionActions::updateActions()
{
    DatabaseSession *session = m_context.session();
    const bool writable = session && !session->workspace().isReadOnly();
    m_switchUserAction->setEnabled(writable);
    // On the office server the password is the login's, kept by the server (UsersDialog says so).
    const bool onServer = session && session->workspace().isOnServer();
    m_passwordAction->setEnabled(writable && session->user().id > 0 && !onServer);
    m_passwordAction->setToolTip(onServer ? tr("On the office server your password is your login's: change it "
                                               "with \\password in psql, or ask the database's owner.")
                                          : QString());
    applyRefusal(m_backupAction, session != nullptr, session ? session->workspace().backupRefusal() : QString());
    // On the office server another person is another login, which the connection window asks for.
    const bool personOnServer = session && !session->workspace().serverLogin().isEmpty();
    m_switchUserAction->setText(personOnServer ? tr("Connect with &another login...") : tr("Sign in as &another user..."));
    // Replacing the open database is an administrator's; with none open, the database's own
    // administrator signs in.
    m_restoreAction->setEnabled(!session || WorkflowPolicy::allows(session->user().role, WorkflowPolicy::Action::ManageUsers));
}

Status SessionActions::openDatabase(const QString &path)
{
    const BusyCursor busy;
    const AutomaticBackups backups(AutomaticBackups::standardFolder(), m_settings.dailyBackupsKept());
    // Read for damage once it shows (startDamageCheck), not before.
    Result<std::unique_ptr<Workspace>> workspace =
        Workspace::open(path, Database::Mode::OpenOrCreate, &backups, Database::Checking::Deferred);
    if (!workspace)
        return workspace.error();
    return adopt(std::move(workspace).value());
}

Status SessionActions::openServer(const ServerAddress &address, const QString &password)
{
    const BusyCursor busy;
    Result<std::unique_ptr<Workspace>> workspace = Workspace::openServer(address, password);
    if (!workspace)
        return workspace.error();
    return adopt(std::move(workspace).value());
}

// Signs someone in on workspace and has the window show it in place of the database open until now.
Status SessionActions::adopt(std::unique_ptr<Workspace> workspace)
{
    auto session = std::make_unique<DatabaseSession>(std::move(workspace));
    if (!m_signIn(window(), *session))
        return Error(Error::Kind::Cancelled, tr("Not signed in."));
    const QString location = session->workspace().location();
    m_context.show(std::move(session));
    m_settings.rememberDatabase(location);
    updateRecentMenu();
    startDamageCheck();
    return {};
}

// After the window shows the file: the whole file is read on a connection of its own meanwhile.
// The daily copy waits for it, so that a damaged file never takes the place of a sound copy.
void SessionActions::startDamageCheck()
{
    DatabaseSession *session = m_context.session();
    if (!session || session->workspace().isOnServer())
        return startDailyBackup();
    if (!m_damageCheck) {
        m_damageCheck = new DamageCheck(this);
        connect(m_damageCheck, &DamageCheck::finished, this, &SessionActions::damageChecked);
    }
    m_damageCheck->start(session->workspace().location());
}

void SessionActions::damageChecked(const QString &path, const Status &result)
{
    DatabaseSession *session = m_context.session();
    if (!session || session->workspace().location() != path)
        return;
    const bool damaged = !result && result.error().kind() == Error::Kind::Damaged;
    if (!result && !damaged)
        showStatus(tr("The database could not be checked for damage: %1").arg(result.error().message()), 15000);
    if (!damaged)
        return startDailyBackup();
    session->workspace().markDamaged();
    session->undoStack().clear();   // each step would be refused now
    m_context.stateChanged();
    ErrorPresenter::show(window(), result.error());
}

// After the window shows the file: the copy runs meanwhile, on a connection of its own. A
// server's backups are its administrator's (pg_dump), not each PC's.
void SessionActions::startDailyBackup()
{
    DatabaseSession *session = m_context.session();
    if (!session || session->workspace().isReadOnly() || session->workspace().isOnServer())
        return;
    if (!m_dailyBackup) {
        m_dailyBackup = new DailyBackup(AutomaticBackups::standardFolder(), m_settings.dailyBackupsKept(), this);
        connect(m_dailyBackup, &DailyBackup::finished, this, [this](const QString &made, const QString &failure) {
            if (!failure.isEmpty())
                showStatus(tr("Today's automatic backup could not be made: %1").arg(failure), 15000);
            else if (!made.isEmpty())
                // The file's name, not its path: a path runs off a 1024-pixel status bar, and the
                // Settings menu says where the copies are kept.
                showStatus(tr("Today's automatic backup: %1").arg(QFileInfo(made).fileName()), 8000);
        });
    }
    m_dailyBackup->start(session->workspace().location());
}

void SessionActions::closeSession()
{
    if (!m_context.session())
        return;
    if (m_damageCheck)
        m_damageCheck->wait();
    if (m_dailyBackup)
        m_dailyBackup->wait();
    m_context.close();
}

Status SessionActions::restoreBackupFrom(const QString &backup)
{
    DatabaseSession *session = m_context.session();
    const bool hadSession = session != nullptr;
    if (hadSession && session->workspace().isOnServer())
        return Error(Error::Kind::Refused,
                     tr("A backup of the office server is restored on the server, by whoever looks after it "
                        "(pg_restore): a PC does not replace the database everyone works in."));
    const QString target = hadSession ? session->workspace().location() : m_settings.lastDatabase();
    if (target.isEmpty())
        return Error(Error::Kind::Refused, tr("Open the database to restore first, or start from the welcome page."));
    const std::optional<User> signedIn = hadSession ? std::optional(session->user()) : std::nullopt;
    const Result<QString> kept = BackupRestorer::restore(window(), backup, target, signedIn, [this] { closeSession(); });
    // Closed only once the backup passed; then reopened whatever happened next. Nothing is
    // opened that was not open before, unless the restore put it in place.
    const bool reopen = !m_context.session() && (hadSession || kept.ok());
    const Status reopened = reopen ? openDatabase(target) : Status();
    if (!kept)
        return kept.error();
    if (!reopened)
        return reopened;
    showStatus(kept->isEmpty() ? tr("Restored from %1.").arg(QDir::toNativeSeparators(backup))
                               : tr("Restored from %1; the replaced database is kept as %2.")
                                     .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(*kept)),
               15000);
    return {};
}

void SessionActions::restoreBackup()
{
    const QString backup = FileChooser::open(window(), FileChooser::Kind::Backup, tr("Restore a backup"), tr(DatabaseFilter));
    if (!backup.isEmpty())
        showError(restoreBackupFrom(backup));
}

void SessionActions::chooseBackupsKept()
{
    bool ok = false;
    const int kept = QInputDialog::getInt(window(), tr("Automatic backups"),
                                          tr("Dotpha copies each database once a day when it is first opened, and "
                                             "before every upgrade of its data format, into %1.\n\nDaily copies "
                                             "kept of each database:").arg(QDir::toNativeSeparators(AutomaticBackups::standardFolder())),
                                          m_settings.dailyBackupsKept(), 1, 365, 1, &ok);
    if (ok)
        m_settings.setDailyBackupsKept(kept);
}

void SessionActions::chooseAndOpen()
{
    const QString path = FileChooser::open(window(), FileChooser::Kind::Database, tr("Open database"), tr(DatabaseFilter));
    if (!path.isEmpty())
        showError(openDatabase(path));
}

void SessionActions::connectToServer(const QString &address)
{
    const QString shown = address.isEmpty() ? m_settings.lastServer() : address;
    ServerConnectDialog dialog(ServerAddress::parse(shown).value_or(ServerAddress()),
                               [this](const ServerAddress &chosen, const QString &password) {
                                   return openServer(chosen, password);
                               },
                               window());
    dialog.exec();
}

void SessionActions::createNewDatabase()
{
    const QString path = FileChooser::save(window(), FileChooser::Kind::Database, tr("New database"),
                                           u"dotpha.sqlite"_s, tr(DatabaseFilter));
    if (path.isEmpty())
        return;
    NewDatabaseDialog dialog(window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        showError(Error(Error::Kind::File, tr("Cannot replace %1.").arg(path)));
        return;
    }
    const Status created = NewDatabaseDialog::create(path, dialog.settings());
    showError(created ? openDatabase(path) : created);
}

void SessionActions::backUp()
{
    DatabaseSession *session = m_context.session();
    if (!session)
        return;
    Workspace &workspace = session->workspace();
    // A server's copy is its dump, which pg_restore reads, not a database file.
    const QString base = workspace.isOnServer() ? workspace.shortName().section(u'/', -1)
                                                : QFileInfo(workspace.location()).completeBaseName();
    const QString suggested = base + u"-"_s + QDate::currentDate().toString(u"yyyy-MM-dd"_s)
                              + (workspace.isOnServer() ? u".dump"_s : u".sqlite"_s);
    const QString path = FileChooser::save(window(), FileChooser::Kind::Backup, tr("Back up database"), suggested,
                                           tr(workspace.isOnServer() ? ServerBackupFilter : DatabaseFilter));
    if (path.isEmpty())
        return;
    Status done;
    {
        const BusyCursor busy;
        done = workspace.backupTo(path);
    }
    if (!done)
        showError(done);
    else
        showStatus(tr("Backed up to %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

void SessionActions::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        const std::optional<ServerAddress> server = ServerAddress::parse(path);
        const QString name = server ? server->displayName() : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(name), this, [this, path, server] {
            // A server asks for the password, unless libpq's password file gives it.
            if (server) {
                if (const Status opened = openDatabase(path); !opened)
                    connectToServer(path);
                return;
            }
            if (const Status opened = openDatabase(path); !opened) {
                m_settings.forgetDatabase(path);
                updateRecentMenu();
                showError(opened);
            }
        });
        action->setObjectName(u"recentFileAction"_s);
        action->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void SessionActions::switchUser()
{
    DatabaseSession *session = m_context.session();
    if (!session)
        return;
    // A person's login signed in by the server: signing "in again" would be the same person. The
    // connection window asks for the other one, on the same server and database.
    if (!session->workspace().serverLogin().isEmpty()) {
        if (std::optional<ServerAddress> address = ServerAddress::parse(session->workspace().location())) {
            address->login.clear();
            connectToServer(address->toUri());
        }
        return;
    }
    if (!m_signIn(window(), *session))
        return;
    // Another user, other rights: the undo history of the previous one is not theirs to replay.
    session->undoStack().clear();
    m_context.stateChanged();
    showStatus(tr("Signed in as %1.").arg(session->user().displayName), 8000);
}

void SessionActions::changeOwnPassword()
{
    DatabaseSession *session = m_context.session();
    if (!session || session->user().id <= 0)
        return;
    AccountService &accounts = session->accounts();
    UserRepository &users = session->repositories().users;
    const User self = session->user();
    UserFormDialog form(UserFormDialog::Mode::Password, self, UserFormDialog::PasswordKeeper::Dotpha,
                        [&](const User &, const QString &password) {
        // Read afresh: the account may have changed since sign-in (an administrator renamed it).
        const Result<std::optional<User>> current = users.findByLogin(self.login);
        if (!current)
            return Status(current.error());
        if (!current->has_value())
            return Status(Error(Error::Kind::NotFound, tr("Your account no longer exists.")));
        const Result<int> saved = accounts.setPassword(**current, **current, password);
        return saved ? Status() : Status(saved.error());
    }, window());
    if (form.exec() == QDialog::Accepted)
        showStatus(tr("Your password has been changed."), 8000);
}

void SessionActions::showStatus(const QString &message, int timeoutMs)
{
    static_cast<QMainWindow *>(window())->statusBar()->showMessage(message, timeoutMs);
}

void SessionActions::showError(const Status &status)
{
    if (!status)
        ErrorPresenter::show(window(), status.error());
}

} // namespace dotpha
