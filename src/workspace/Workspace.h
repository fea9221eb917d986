#pragma once

#include "Database.h"
#include "Repositories.h"
#include "Result.h"
#include "ServerAddress.h"
#include "ServerUpload.h"
#include "UserRole.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace dotpha {

class AuditStorage;
class ChangeWatcher;
class ServerDatabase;
class SqlConnection;
class SqlRepositories;

// One open database with its repositories: a file, or a database on the office server. The one
// place that picks a backend, from what the user names (a path, or a postgresql:// address), and
// wires its implementations to the interfaces that services, models and commands use.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    // Decides whether a restore may go ahead, given one of its two databases opened.
    using Authorise = std::function<Status(Workspace &database)>;
    struct RestoreAuthorisation
    {
        // Given the database being replaced opened read-only, when it opens: typically an
        // administrator of it must agree. Asked before anything is copied.
        Authorise replaced;
        // Given the checked backup opened: an administrator of it signs in when it has accounts.
        Authorise backup;
    };

    // Opens location: a server address (ServerAddress::isServerAddress), signing in to the server
    // as libpq's environment and password file say, or else a file. backups, when given, copies a
    // file before upgrading its data format (Database::open); checking says when a file is read
    // for damage (Database::Checking; a server keeps its own pages whole). A server database is
    // never created here (dotpha-cli server init prepares one), whatever mode says.
    static Result<std::unique_ptr<Workspace>> open(const QString &location,
                                                   Database::Mode mode = Database::Mode::OpenOrCreate,
                                                   const AutomaticBackups *backups = nullptr,
                                                   Database::Checking checking = Database::Checking::WhenOpening);
    // Prepares an empty database on the office server for Dotpha, or brings its schema up to date
    // (ServerDatabase::prepare); the data format reached.
    static Result<int> prepareServer(const ServerAddress &address, const QString &password = {});
    // Restores a server's backup (pg_dump's custom format) into the empty database at address
    // (ServerRestore).
    static Status restoreServerBackup(const QString &backup, const ServerAddress &address, const QString &password = {});
    // Copies the file at path, whole, to the empty database at address (ServerUpload): what was
    // copied, table by table.
    static Result<QList<ServerUpload::Copied>> uploadToServer(const QString &path, const ServerAddress &address,
                                                              const QString &password = {},
                                                              const ServerUpload::Progress &progress = {});
    // Opens a prepared database on the office server, with password for its login when given.
    static Result<std::unique_ptr<Workspace>> openServer(const ServerAddress &address, const QString &password = {});
    ~Workspace();

    // Puts backup in place of target (DatabaseRestore): target's authorisation asked, the backup
    // copied beside it and opened, checked like `dotpha-cli check`, authorised, then renamed into
    // place, the replaced file and its companions kept aside together. target must be closed by
    // the time the backup's authorisation returns. Returns where the replaced file was kept
    // (empty when there was none).
    static Result<QString> restoreBackup(const QString &backup, const QString &target,
                                         const RestoreAuthorisation &authorisation);

    bool isOnServer() const { return m_server != nullptr; }
    // What reopens it: the file's path, or the server's address (without a password).
    QString location() const;
    // What the user is shown: the file's path in the system's form, or the server and database.
    QString displayName() const;
    // The name in a title or a sentence: the file's name, or the server and database.
    QString shortName() const;
    bool isReadOnly() const;
    // On the office server, the person the server signed in (ServerDatabase::person), whose
    // account is theirs without another password; empty on a file and for the database's owner.
    QString serverLogin() const;
    // The Dotpha groups that person's login is a member of on the server.
    QList<UserRole> serverGroups() const;
    QString readOnlyReason() const;
    // A file found damaged after it was opened (Database::checkForDamage) turns read-only:
    // nothing is written to it from then on, and readOnlyReason says why.
    void markDamaged();
    // The storage's own checks (a file's integrity and foreign keys); the trail's are the audit
    // repository's. A server keeps its own pages whole: it has none to add.
    Result<QStringList> integrityProblems();
    // How long a write waits for a colleague's (SqlConnection::setLockWait).
    Status setLockWait(int milliseconds);
    // A copy of the whole database at target: a file's own copy (Database::backupTo), or the
    // server's dump (ServerBackup), which pg_restore reads.
    Status backupTo(const QString &target);
    // Why this session may not back the database up, in the user's words; empty when it may. On
    // the office server only the database's owner reads every table, which pg_dump needs.
    QString backupRefusal() const;

    // Says when another connection (another window, another PC) commits a change: a file's
    // data version watched, or the server's notifications listened to on a connection of its own.
    std::unique_ptr<ChangeWatcher> watchChanges();

    // The connection the repositories share, for storage's own classes (TransactionGuard).
    SqlConnection &storage();
    // The file, for what only a file has (backups beside it, restore, its path); isOnServer()
    // says whether there is one.
    Database &database();
    Repositories &repositories();

private:
    explicit Workspace(std::unique_ptr<Database> database);
    static Error notAnAddress(const QString &location);
    explicit Workspace(std::unique_ptr<ServerDatabase> server);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<ServerDatabase> m_server;
    std::unique_ptr<AuditStorage> m_audit;
    std::unique_ptr<SqlRepositories> m_repositories;
};

} // namespace dotpha
