#include "ServerConnection.h"

#include "ServerErrors.h"

#include <QAtomicInt>
#include <QMutexLocker>
#include <QSqlDriver>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

QAtomicInt connectionCount;

// libpq's connection keywords for address, the parts it leaves out omitted so that libpq's own
// defaults apply.
std::vector<std::pair<QByteArray, QByteArray>> keywordsOf(const ServerAddress &address)
{
    std::vector<std::pair<QByteArray, QByteArray>> keywords;
    const auto add = [&](const char *keyword, const QString &value) {
        if (!value.isEmpty())
            keywords.emplace_back(keyword, value.toUtf8());
    };
    add("host", address.host);
    add("port", address.port != 0 ? QString::number(address.port) : QString());
    add("dbname", address.database);
    add("user", address.login);
    add("connect_timeout", QString::number(ServerConnection::ConnectTimeoutSeconds));
    for (const QString &option : address.options.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype equals = option.indexOf(u'=');
        keywords.emplace_back(option.left(equals).toUtf8(), option.mid(equals + 1).toUtf8());
    }
    return keywords;
}

// Whether the server answers at all, without logging in (PQping).
bool answers(const ServerAddress &address)
{
    const std::vector<std::pair<QByteArray, QByteArray>> keywords = keywordsOf(address);
    std::vector<const char *> names;
    std::vector<const char *> values;
    for (const auto &[name, value] : keywords) {
        names.push_back(name.constData());
        values.push_back(value.constData());
    }
    names.push_back(nullptr);
    values.push_back(nullptr);
    const PGPing ping = PQpingParams(names.data(), values.data(), 0);
    return ping == PQPING_OK;
}

// Opens the connection registered as name, or removes it again with the reason it did not open.
Status openOrForget(const QString &name, const ServerAddress &address)
{
    QSqlDatabase database = QSqlDatabase::database(name, false);
    if (database.open())
        return {};
    const Error refused = ServerErrors::connectionRefused(address, database.lastError(), answers(address));
    database = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
    return refused;
}

} // namespace

Result<std::unique_ptr<ServerConnection>> ServerConnection::open(const ServerAddress &address, const QString &password)
{
    const QString name = u"dotpha-server-%1"_s.arg(connectionCount.fetchAndAddRelaxed(1));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        if (!database.isValid()) {
            database = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Error(Error::Kind::Connection,
                         tr("This PC cannot reach office servers: Qt's PostgreSQL driver (QPSQL) is not installed. "
                            "On Debian or Ubuntu, install the package libqt6sql6-psql."));
        }
        database.setHostName(address.host);
        if (address.port != 0)
            database.setPort(address.port);
        database.setDatabaseName(address.database);
        database.setUserName(address.login);
        if (!password.isEmpty())
            database.setPassword(password);
        // A network that drops without a word (a cable, a VPN, a sleeping router) is found in
        // seconds, not when TCP gives up minutes later: keepalives on an idle connection, and a
        // limit on data sent but never acknowledged (where the system has TCP_USER_TIMEOUT).
        QString options = u"connect_timeout=%1;application_name=Dotpha;keepalives_idle=10;keepalives_interval=5;"
                          "keepalives_count=3;tcp_user_timeout=20000"_s.arg(ConnectTimeoutSeconds);
        if (!address.options.isEmpty())
            options += u';' + address.options;
        database.setConnectOptions(options);
    }
    if (const Status opened = openOrForget(name, address); !opened)
        return opened.error();
    std::unique_ptr<ServerConnection> connection(new ServerConnection(address, name));
    if (const Status version = connection->checkServerVersion(); !version)
        return version.error();
    if (const Status set = connection->applySessionSettings(); !set)
        return set.error();
    return connection;
}

// The trail's hashes cover timestamps as text: every PC reads them in UTC. ISO dates too, whatever
// the server's default, as dotpha_record_hash writes them.
Status ServerConnection::applySessionSettings()
{
    for (const QString &setting : {u"SET TIME ZONE 'UTC'"_s, u"SET DateStyle = 'ISO, MDY'"_s}) {
        if (QSqlQuery set(connection()); !set.exec(setting))
            return errorOf(set.lastError());
    }
    return {};
}

// The connection opened again is a new one under a new name, and the old one goes with its driver:
// the statements prepared on it, which SqlTable still holds, are then let go without a word. Kept,
// the old driver asked the new connection to DEALLOCATE each of them, which it never knew, and
// logged a warning for every one.
Status ServerConnection::reconnect()
{
    const QString fresh = u"dotpha-server-%1"_s.arg(connectionCount.fetchAndAddRelaxed(1));
    {
        // The listener's thread clones this connection by its name (another()) meanwhile.
        const QMutexLocker locked(&m_nameLock);
        QSqlDatabase::cloneDatabase(m_connectionName, fresh);
        removeConnection(m_connectionName);
        m_connectionName = fresh;
    }
    ++m_generation;
    QSqlDatabase database = connection();
    if (!database.open())
        return ServerErrors::connectionRefused(m_address, database.lastError(), answers(m_address));
    return applySessionSettings();
}

void ServerConnection::removeConnection(const QString &name)
{
    {
        QSqlDatabase database = QSqlDatabase::database(name, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<ServerConnection>> ServerConnection::another() const
{
    const QString name = u"dotpha-server-%1"_s.arg(connectionCount.fetchAndAddRelaxed(1));
    // By name, so that the copy may be made on another thread than this connection's.
    {
        const QMutexLocker locked(&m_nameLock);
        QSqlDatabase::cloneDatabase(m_connectionName, name);
    }
    if (const Status opened = openOrForget(name, m_address); !opened)
        return opened.error();
    std::unique_ptr<ServerConnection> connection(new ServerConnection(m_address, name));
    connection->m_serverVersion = m_serverVersion;
    if (const Status set = connection->applySessionSettings(); !set)
        return set.error();
    return connection;
}

ServerConnection::ServerConnection(ServerAddress address, QString connectionName)
    : m_address(std::move(address)), m_connectionName(std::move(connectionName))
{
}

ServerConnection::~ServerConnection()
{
    removeConnection(m_connectionName);
}

QSqlDatabase ServerConnection::connection() const
{
    const QMutexLocker locked(&m_nameLock);
    return QSqlDatabase::database(m_connectionName, false);
}

Status ServerConnection::checkServerVersion()
{
    QSqlQuery query(connection());
    if (!query.exec(u"SHOW server_version_num"_s) || !query.next())
        return errorOf(query.lastError());
    m_serverVersion = query.value(0).toInt();
    if (m_serverVersion < MinimumServerVersion)
        return Error(Error::Kind::Refused,
                     tr("The office server %1 runs PostgreSQL %2; Dotpha needs version 13 or newer. Ask whoever looks "
                        "after the server to upgrade it.")
                         .arg(m_address.displayName()).arg(m_serverVersion / 10000));
    return {};
}

bool ServerConnection::isLost() const
{
    const QVariant handle = connection().driver()->handle();
    // QPSQL hands out its PGconn, registered under the struct's name.
    const bool native = handle.isValid()
                        && (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0);
    if (!native)
        return true;
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    return !connection || PQstatus(connection) == CONNECTION_BAD;
}

Error ServerConnection::errorOf(const QSqlError &error, bool writing) const
{
    return ServerErrors::from(error, isLost(), writing);
}

} // namespace dotpha
