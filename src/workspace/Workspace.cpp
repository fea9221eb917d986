#include "Workspace.h"

#include "DatabaseRestore.h"
#include "FileChangeWatcher.h"
#include "ServerAuditStorage.h"
#include "ServerBackup.h"
#include "ServerChangeWatcher.h"
#include "ServerDatabase.h"
#include "ServerRestore.h"
#include "SqlRepositories.h"
#include "SqliteAuditStorage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace dotpha {

// Never repeats a password written into the address: the message may be on a shared screen or
// in a log.
Error Workspace::notAnAddress(const QString &location)
{
    const QUrl url(location.trimmed());
    // Login, host, port and database only: a password may sit in the user part or in the options.
    const QString shown = (url.userName().isEmpty() ? QString() : url.userName() + QLatin1Char('@')) + url.host()
                          + (url.port() > 0 ? QLatin1Char(':') + QString::number(url.port()) : QString()) + url.path();
    const bool holdsPassword = !url.password().isEmpty() || url.query().contains(QLatin1StringView("password"))
                               || url.query().contains(QLatin1StringView("passfile"));
    if (holdsPassword)
        return Error(Error::Kind::Validation,
                     tr("The address of %1 holds a password, which Dotpha does not take: write the address without "
                        "it, and keep the password in the server's password file (pgpass) or type it when asked.")
                         .arg(shown));
    return Error(Error::Kind::Validation,
                 tr("%1 is not an office server's address. Write it as postgresql://HOST:PORT/DATABASE, with no "
                    "password in it.").arg(shown));
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &location, Database::Mode mode,
                                                   const AutomaticBackups *backups, Database::Checking checking)
{
    if (ServerAddress::isServerAddress(location)) {
        const std::optional<ServerAddress> address = ServerAddress::parse(location);
        if (!address)
            return notAnAddress(location);
        return openServer(*address);
    }
    Result<std::unique_ptr<Database>> database = Database::open(location, mode, backups, checking);
    if (!database)
        return database.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(database).value()));
}

Result<int> Workspace::prepareServer(const ServerAddress &address, const QString &password)
{
    return ServerDatabase::prepare(address, password);
}

Status Workspace::restoreServerBackup(const QString &backup, const ServerAddress &address, const QString &password)
{
    return ServerRestore::run(backup, address, password);
}

Result<QList<ServerUpload::Copied>> Workspace::uploadToServer(const QString &path, const ServerAddress &address,
                                                              const QString &password,
                                                              const ServerUpload::Progress &progress)
{
    Result<std::unique_ptr<Database>> file = Database::open(path, Database::Mode::ReadOnly);
    if (!file)
        return file.error();
    Result<std::unique_ptr<ServerDatabase>> server = ServerDatabase::open(address, password);
    if (!server)
        return server.error();
    return ServerUpload::run(**file, **server, progress);
}

Result<std::unique_ptr<Workspace>> Workspace::openServer(const ServerAddress &address, const QString &password)
{
    Result<std::unique_ptr<ServerDatabase>> server = ServerDatabase::open(address, password);
    if (!server)
        return server.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(server).value()));
}

namespace {

// A target that does not open (damaged, not a database, newer) cannot name who may replace it.
Status authoriseReplacing(const QString &target, const Workspace::Authorise &authorise)
{
    if (!authorise || !QFile::exists(target))
        return {};
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(target, Database::Mode::ReadOnly);
    if (!opened)
        return {};
    return authorise(**opened);
}

} // namespace

Result<QString> Workspace::restoreBackup(const QString &backup, const QString &target,
                                         const RestoreAuthorisation &authorisation)
{
    // A server's dump goes back through pg_restore, by whoever looks after the server; the address
    // is not repeated, since it may hold what should not be shown.
    if (ServerAddress::isServerAddress(target) || ServerAddress::isServerAddress(backup))
        return Error(Error::Kind::Refused,
                     tr("Restoring puts a backup file in place of a database file. A backup of the office server "
                        "is restored on the server by whoever looks after it (pg_restore)."));
    if (const Status replacing = authoriseReplacing(target, authorisation.replaced); !replacing)
        return replacing.error();
    Result<std::unique_ptr<Database>> staged = DatabaseRestore::stage(backup, target);
    if (!staged)
        return staged.error();
    const Status accepted = [&]() -> Status {
        Workspace opened(std::move(staged).value());
        const Result<QStringList> problems = DatabaseRestore::problemsOf(opened.database());
        if (!problems)
            return problems.error();
        if (!problems->isEmpty())
            return Error(Error::Kind::Refused,
                         tr("The backup %1 was not restored, because it does not pass the checks:")
                                 .arg(QDir::toNativeSeparators(backup))
                             + u'\n' + problems->join(u'\n'));
        return authorisation.backup ? authorisation.backup(opened) : Status();
    }();   // the copy is closed here, so that it can be renamed
    if (!accepted) {
        DatabaseRestore::discard(target);
        return accepted.error();
    }
    Result<QString> kept = DatabaseRestore::install(target);
    if (!kept)
        DatabaseRestore::discard(target);
    return kept;
}

Workspace::Workspace(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_audit(std::make_unique<SqliteAuditStorage>(*m_database))
    , m_repositories(std::make_unique<SqlRepositories>(*m_database, *m_audit))
{
}

Workspace::Workspace(std::unique_ptr<ServerDatabase> server)
    : m_server(std::move(server))
    , m_audit(std::make_unique<ServerAuditStorage>(*m_server))
    , m_repositories(std::make_unique<SqlRepositories>(*m_server, *m_audit))
{
}

// Repositories hold references to the database and its trail: they go first.
Workspace::~Workspace()
{
    m_repositories.reset();
    m_audit.reset();
}

QString Workspace::location() const
{
    return m_server ? m_server->address().toUri() : m_database->path();
}

QString Workspace::displayName() const
{
    return m_server ? m_server->address().displayName() : QDir::toNativeSeparators(m_database->path());
}

QString Workspace::shortName() const
{
    return m_server ? m_server->address().displayName() : QFileInfo(m_database->path()).fileName();
}

QString Workspace::serverLogin() const
{
    return m_server ? m_server->person().login : QString();
}

QList<UserRole> Workspace::serverGroups() const
{
    return m_server ? m_server->person().groups : QList<UserRole>();
}

bool Workspace::isReadOnly() const
{
    return m_server ? m_server->isReadOnly() : m_database->isReadOnly();
}

QString Workspace::readOnlyReason() const
{
    return m_server ? QString() : m_database->readOnlyReason();
}

void Workspace::markDamaged()
{
    if (m_database)
        m_database->markDamaged();
}

Result<QStringList> Workspace::integrityProblems()
{
    return m_server ? Result<QStringList>(QStringList()) : m_database->integrityProblems();
}

Status Workspace::setLockWait(int milliseconds)
{
    return m_server ? m_server->setLockWait(milliseconds) : m_database->setLockWait(milliseconds);
}

QString Workspace::backupRefusal() const
{
    if (!m_server || m_server->person().isOwner())
        return {};
    return tr("Only the owner of %1 on the office server makes its backups: the login %2 may not read every "
              "table, which a backup copies. Ask whoever looks after the server.")
        .arg(m_server->address().displayName(), m_server->person().login);
}

Status Workspace::backupTo(const QString &target)
{
    if (const QString refusal = backupRefusal(); !refusal.isEmpty())
        return Error(Error::Kind::Refused, refusal);
    return m_server ? ServerBackup::write(m_server->address(), target, m_server->connection().password())
                    : m_database->backupTo(target);
}

std::unique_ptr<ChangeWatcher> Workspace::watchChanges()
{
    if (m_server)
        return std::make_unique<ServerChangeWatcher>(m_server->server());
    return std::make_unique<FileChangeWatcher>(*m_database);
}

SqlConnection &Workspace::storage()
{
    if (m_server)
        return *m_server;
    return *m_database;
}

Database &Workspace::database()
{
    Q_ASSERT_X(m_database, "Workspace::database", "a server has no file: ask isOnServer() first");
    return *m_database;
}

Repositories &Workspace::repositories()
{
    return m_repositories->repositories();
}

} // namespace dotpha
