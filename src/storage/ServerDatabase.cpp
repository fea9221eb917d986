#include "ServerDatabase.h"

#include "SchemaMigrations.h"
#include "ServerSchemaMigrations.h"
#include "ServerSchemaMigrator.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dotpha {

ServerDatabase::ServerDatabase(std::unique_ptr<ServerConnection> connection, int schemaVersion, ServerPerson person)
    : m_connection(std::move(connection)), m_schemaVersion(schemaVersion), m_person(std::move(person))
{
}

Result<ServerPerson> ServerDatabase::personOf(ServerConnection &connection)
{
    QSqlQuery query(connection.connection());
    if (!query.exec(u"SELECT CASE WHEN dotpha_owner_acts() THEN '' ELSE session_user::text END, "
                    "coalesce((SELECT string_agg(r.rolname, ' ') FROM pg_catalog.pg_roles AS r "
                    "WHERE r.rolname LIKE 'dotpha\\_%' AND pg_has_role(session_user, r.oid, 'MEMBER')), '')"_s)
        || !query.next())
        return connection.errorOf(query.lastError());
    ServerPerson person{query.value(0).toString(), {}};
    const QStringList groups = query.value(1).toString().split(u' ', Qt::SkipEmptyParts);
    for (const UserRole role : {UserRole::Clerk, UserRole::Reviewer, UserRole::Administrator}) {
        if (groups.contains(ServerPerson::groupOf(role)))
            person.groups << role;
    }
    return person;
}

// A connection to a database that is empty or Dotpha's; one holding something else is refused.
Result<std::pair<std::unique_ptr<ServerConnection>, ServerDatabase::Contents>>
ServerDatabase::connectToOurs(const ServerAddress &address, const QString &password)
{
    Result<std::unique_ptr<ServerConnection>> connection = ServerConnection::open(address, password);
    if (!connection)
        return connection.error();
    const Result<Contents> contents = contentsOf(**connection);
    if (!contents)
        return contents.error();
    if (*contents == Contents::Foreign)
        return foreign(address);
    return std::pair{std::move(connection).value(), *contents};
}

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::open(const ServerAddress &address, const QString &password)
{
    Result<std::pair<std::unique_ptr<ServerConnection>, Contents>> ours = connectToOurs(address, password);
    if (!ours)
        return ours.error();
    auto &[connection, contents] = *ours;
    const QString name = address.displayName();
    if (contents == Contents::Empty)
        return Error(Error::Kind::Refused,
                     tr("The database %1 on the office server is not prepared for Dotpha yet. An administrator "
                        "prepares it with: dotpha-cli --db %2 server init").arg(name, address.toUri()));
    const Result<int> version = ServerSchemaMigrator::recordedVersion(*connection);
    if (!version)
        return version.error();
    const int current = ServerSchemaMigrations::currentVersion();
    if (*version > current)
        return Error(Error::Kind::Refused,
                     tr("The database %1 on the office server was brought to data format %2 by a newer Dotpha; this "
                        "one knows format %3 at most. Install the newer Dotpha on this PC.")
                         .arg(name).arg(*version).arg(current));
    if (*version < current)
        return Error(Error::Kind::Refused,
                     tr("The database %1 on the office server is in data format %2, older than this Dotpha's %3. An "
                        "administrator brings it up to date with: dotpha-cli --db %4 server init")
                         .arg(name).arg(*version).arg(current).arg(address.toUri()));
    Result<ServerPerson> person = personOf(*connection);
    if (!person)
        return person.error();
    QSqlQuery hashes(connection->connection());
    if (!hashes.exec(u"SELECT has_column_privilege('public.app_user', 'password_hash', 'SELECT')"_s) || !hashes.next())
        return connection->errorOf(hashes.lastError());
    const bool readsHashes = hashes.value(0).toBool();
    hashes.finish();
    std::unique_ptr<ServerDatabase> database(new ServerDatabase(std::move(connection), *version, std::move(person).value()));
    database->m_readsPasswordHashes = readsHashes;
    if (const Status waits = database->setLockWait(database->m_lockWaitMs); !waits)
        return waits.error();
    return database;
}

Result<int> ServerDatabase::prepare(const ServerAddress &address, const QString &password)
{
    Result<std::pair<std::unique_ptr<ServerConnection>, Contents>> ours = connectToOurs(address, password);
    if (!ours)
        return ours.error();
    ServerConnection &connection = *ours->first;
    const Result<int> before = ServerSchemaMigrator::recordedVersion(connection);
    if (before && *before > ServerSchemaMigrations::currentVersion())
        return Error(Error::Kind::Refused,
                     tr("The database %1 on the office server is in data format %2, newer than this Dotpha knows; "
                        "nothing was changed.").arg(address.displayName()).arg(*before));
    return ServerSchemaMigrator::migrate(connection);
}

// What the database's public schema holds: nothing, Dotpha's tables (dotpha_database, with our
// application id), or tables of something else.
Result<ServerDatabase::Contents> ServerDatabase::contentsOf(ServerConnection &connection)
{
    QSqlQuery query(connection.connection());
    if (!query.exec(u"SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm')"_s)
        || !query.next())
        return connection.errorOf(query.lastError());
    if (query.value(0).toLongLong() == 0)
        return Contents::Empty;
    if (!query.exec(u"SELECT to_regclass('public.dotpha_database') IS NOT NULL"_s) || !query.next())
        return connection.errorOf(query.lastError());
    if (!query.value(0).toBool())
        return Contents::Foreign;
    if (!query.exec(u"SELECT application_id FROM dotpha_database WHERE id = 1"_s))
        return connection.errorOf(query.lastError());
    return query.next() && query.value(0).toInt() == SchemaMigrations::ApplicationId ? Contents::Dotpha
                                                                                     : Contents::Foreign;
}

Result<bool> ServerDatabase::isEmpty(ServerConnection &connection)
{
    const Result<Contents> contents = contentsOf(connection);
    if (!contents)
        return contents.error();
    return *contents == Contents::Empty;
}

Error ServerDatabase::foreign(const ServerAddress &address)
{
    return Error(Error::Kind::Refused,
                 tr("The database %1 on the office server holds tables that are not Dotpha's. Dotpha neither opens "
                    "nor changes it; give Dotpha a database of its own.").arg(address.displayName()));
}

Status ServerDatabase::reconnectIfLost()
{
    if (!m_connection->isLost())
        return {};
    return reconnectAfterLoss();
}

Status ServerDatabase::reconnectAfterLoss()
{
    if (transactionState().depth > 0)
        return {};
    m_actorStatement.reset();
    if (const Status reconnected = m_connection->reconnect(); !reconnected)
        return reconnected;
    return setLockWait(m_lockWaitMs);
}

// BEGIN is the first statement to meet a connection the server dropped (a restart, a network that
// came back): nothing has been written, so the save connects again and begins there, once, rather
// than fail with "what was being saved was not saved" and leave the user to try again.
Status ServerDatabase::beginWrite()
{
    const Status begun = beginWriteOnce();
    if (begun || !m_connection->isLost())
        return begun;
    if (const Status reconnected = reconnectIfLost(); !reconnected)
        return begun;
    return beginWriteOnce();
}

// BEGIN, the trail's lock and who acts, in one round trip: the texts go as hexadecimal, which
// needs no quoting, since a simple query of several statements takes no bound values.
Status ServerDatabase::beginWriteOnce()
{
    const auto hex = [](const QString &text) { return QString::fromLatin1(text.toUtf8().toHex()); };
    QSqlQuery query(connection());
    // Read committed, whatever the server's default: each statement sees what the writer before
    // this one committed, so that the seal read after the lock follows the latest one.
    const QString begin =
        u"BEGIN ISOLATION LEVEL READ COMMITTED; SELECT dotpha_take_trail_lock(), "
        "set_config('dotpha.actor', convert_from(decode('%1', 'hex'), 'UTF8'), true), "
        "set_config('dotpha.actor_id', '%2', true), "
        "set_config('dotpha.note', convert_from(decode('%3', 'hex'), 'UTF8'), true)"_s
            .arg(hex(m_actor), m_actorId ? QString::number(*m_actorId) : QString(), hex(m_note));
    // QPSQL's exec() reports the first statement's result only (BEGIN's): the lock's, which a
    // colleague's long save may time out, is read from the results after it. Unread, its failure
    // left the transaction aborted, and the first statement of the save failed as 25P02.
    bool begun = query.exec(begin);
    while (begun && query.nextResult()) {
    }
    if (!begun || query.lastError().isValid()) {
        const Error failed = m_connection->errorOf(query.lastError(), true);
        QSqlQuery(connection()).exec(u"ROLLBACK"_s);
        return failed;
    }
    return {};
}

// A bound date arrives as text: the casts make both sides dates, whose difference is in days.
QString ServerDatabase::daysBetween(const QString &from, const QString &to) const
{
    return u"(CAST(%2 AS date) - CAST(%1 AS date))"_s.arg(from, to);
}

QString ServerDatabase::newYearOf(const QString &year) const
{
    return u"make_date(%1, 1, 1)"_s.arg(year);
}

// For the whole session: only writes wait for a lock (the trail's, a row's), and a read that met
// one (a schema being upgraded) had better be told than wait for ever. 0 would wait for ever on a
// server: its least wait is a millisecond.
Status ServerDatabase::setLockWait(int milliseconds)
{
    m_lockWaitMs = std::max(1, milliseconds);
    QSqlQuery query(connection());
    if (!query.exec(u"SET lock_timeout = %1"_s.arg(m_lockWaitMs)))
        return errorOf(query.lastError());
    return {};
}

Status ServerDatabase::setActor(std::optional<qint64> actorId, const QString &actor)
{
    m_actorId = actorId;
    m_actor = actor;
    return transactionState().depth > 0 ? applyActor() : Status();
}

Status ServerDatabase::setNote(const QString &note)
{
    m_note = note;
    return transactionState().depth > 0 ? applyActor() : Status();
}

// Who acts, said inside a transaction under way (beginWrite says it as one begins), local to the
// transaction (set_config's third argument) so that nothing of it outlives it. The trail's lock
// comes with it, had at once by a transaction that holds it.
Status ServerDatabase::applyActor()
{
    if (!m_actorStatement) {
        m_actorStatement.emplace(connection());
        // The trail's lock through the owner's function: no login may take advisory locks itself.
        if (!m_actorStatement->prepare(u"SELECT dotpha_take_trail_lock(), set_config('dotpha.actor', ?, true), "
                                       "set_config('dotpha.actor_id', ?, true), set_config('dotpha.note', ?, true)"_s)) {
            const Error failed = errorOf(m_actorStatement->lastError());
            m_actorStatement.reset();
            return failed;
        }
    }
    QSqlQuery &query = *m_actorStatement;
    query.bindValue(0, m_actor.isNull() ? u""_s : m_actor);
    query.bindValue(1, m_actorId ? QString::number(*m_actorId) : QString(u""_s));
    query.bindValue(2, m_note.isNull() ? u""_s : m_note);
    if (!query.exec()) {
        const Error failed = m_connection->errorOf(query.lastError(), true);
        m_actorStatement.reset();   // prepared again next time, on a connection that may be new
        return failed;
    }
    query.finish();
    return {};
}

// Nothing to ask the server for: it seals each transaction at its commit (sealAudit).
Result<qint64> ServerDatabase::lastAuditId()
{
    return qint64(0);
}

// The database seals each transaction's records itself as it commits (dotpha_seal_at_commit, as
// AuditChain::seal would), psql's as Dotpha's, so that no login writes to the trail's tables and
// no seal can be asked for out of turn.
Status ServerDatabase::sealAudit(qint64)
{
    return {};
}

QString ServerDatabase::bytesOfText(const QString &expression) const
{
    return u"convert_to((%1)::text, 'UTF8')"_s.arg(expression);
}

} // namespace dotpha
