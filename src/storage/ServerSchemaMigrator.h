#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace dotpha {

class ServerConnection;

// Brings an office server's database to ServerSchemaMigrations::currentVersion(): each step in a
// transaction of its own, under a transaction-level advisory lock, so that two PCs preparing the
// same database at once apply each step once; a step already applied by the other is skipped.
class ServerSchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(ServerSchemaMigrator)

public:
    // Takes the lock's key as the trail takes its own: a constant of Dotpha's.
    static constexpr qint64 MigrationLock = 0x446F745000000001;   // "DotP", 1

    // The version reached.
    static Result<int> migrate(ServerConnection &connection);
    // The schema version the database records; 0 when it records none.
    static Result<int> recordedVersion(ServerConnection &connection);
};

} // namespace dotpha
