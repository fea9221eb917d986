#pragma once

#include "Result.h"
#include "ServerAddress.h"

#include <QCoreApplication>

namespace dotpha {

// A database on the office server copied to a file by the server's own tool, pg_dump, in its
// custom format (which pg_restore reads back, table by table). pg_dump signs in as libpq's
// environment and password file say, never asking on a terminal; the file appears only once
// pg_dump has finished, so a failed or cancelled backup leaves nothing that looks whole.
class ServerBackup
{
    Q_DECLARE_TR_FUNCTIONS(ServerBackup)

public:
    // password: the one typed when connecting, given to pg_dump in its environment only; empty
    // leaves it to libpq's file and environment.
    static Status write(const ServerAddress &address, const QString &target, const QString &password = {});
    // The program that writes it: DOTPHA_PG_DUMP when set, else pg_dump on the PATH.
    static QString program();
};

} // namespace dotpha
