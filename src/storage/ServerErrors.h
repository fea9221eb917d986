#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QSqlError>

namespace dotpha {

struct ServerAddress;

// Turns what the office server (PostgreSQL, through QPSQL) reports into an Error the user can act
// on, by the SQLSTATE the driver gives as its native code; the server's own text goes into
// Error::detail(). The counterpart of SqlErrors for a database file.
class ServerErrors
{
    Q_DECLARE_TR_FUNCTIONS(ServerErrors)

public:
    // connectionLost: the connection is gone (libpq says so), whatever the code.
    // writing: a write transaction was under way (a lost connection lost a save, not a reading).
    static Error from(const QSqlError &error, bool connectionLost, bool writing = true);
    // Why a connection to address could not be made; reachable: the server answers (PQping).
    static Error connectionRefused(const ServerAddress &address, const QSqlError &error, bool reachable);
    static Error unreachable(const ServerAddress &address, const QString &detail);
};

} // namespace dotpha
