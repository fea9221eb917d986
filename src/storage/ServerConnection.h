#pragma once

#include "Result.h"
#include "ServerAddress.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>

#include <memory>

namespace dotpha {

// One connection to the office server, PostgreSQL through Qt's QPSQL driver: opened with a short
// timeout, named after Dotpha on the server (application_name), refused with a message naming
// the server when it does not answer, refuses the login or the database, or is older than Dotpha
// needs. libpq fills what the address leaves out (PG* variables, service files, .pgpass).
class ServerConnection
{
    Q_DECLARE_TR_FUNCTIONS(ServerConnection)

public:
    static constexpr int MinimumServerVersion = 130000;   // PostgreSQL 13: ICU collations, sha256()
    static constexpr int ConnectTimeoutSeconds = 5;

    // password, when empty, is left to libpq (PGPASSWORD, .pgpass).
    static Result<std::unique_ptr<ServerConnection>> open(const ServerAddress &address, const QString &password = {});
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    QSqlDatabase connection() const;
    const ServerAddress &address() const { return m_address; }
    int serverVersion() const { return m_serverVersion; }
    // libpq says the connection is gone: the server restarted or stopped, the network dropped.
    bool isLost() const;
    // What a statement on this connection reported, as the user is told it.
    // writing: a write transaction was under way, so a lost connection lost a save.
    Error errorOf(const QSqlError &error, bool writing = false) const;
    // Opens the lost connection again, as it was opened (the password it was given kept in memory
    // by the driver, never on disk). Statements prepared on the old one are gone with it:
    // generation() counts the connections, so that whoever keeps them knows to prepare again.
    Status reconnect();
    // A second connection to the same database as this one was opened, the password it was given
    // included (the change watcher's, which listens while this one works). It may be asked for on
    // another thread, which the new connection then belongs to.
    Result<std::unique_ptr<ServerConnection>> another() const;
    int generation() const { return m_generation; }

private:
    static void removeConnection(const QString &name);
    ServerConnection(ServerAddress address, QString connectionName);
    Status checkServerVersion();
    Status applySessionSettings();

    ServerAddress m_address;
    QString m_connectionName;   // changes as the connection opens again (reconnect); under m_nameLock
    mutable QMutex m_nameLock;
    int m_serverVersion = 0;
    int m_generation = 0;
};

} // namespace dotpha
