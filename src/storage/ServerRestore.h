#pragma once

#include "Result.h"
#include "ServerAddress.h"

#include <QCoreApplication>

namespace dotpha {

// A backup of the office server's database (ServerBackup: pg_dump's custom format) put back by the
// server's own tool, pg_restore, into a database that is still empty, in one transaction: it
// restores all of it or nothing. The objects become the restoring login's (the new database's
// owner); the grants name Dotpha's group roles, which must exist on the server already. Replacing
// the office's database is then a rename, once the restored one has been checked
// (docs/administration.md): a restore never writes over a database that holds anything.
class ServerRestore
{
    Q_DECLARE_TR_FUNCTIONS(ServerRestore)

public:
    static Status run(const QString &backup, const ServerAddress &address, const QString &password = {});
    // The program that restores: DOTPHA_PG_RESTORE when set, else pg_restore on the PATH.
    static QString program();

private:
    static Status checkTarget(const ServerAddress &address, const QString &password);
};

} // namespace dotpha
