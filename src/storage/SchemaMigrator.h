#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace dotpha {

class Database;

// Brings a database up to the current schema: each pending step of SchemaMigrations in a
// transaction of its own, together with its user_version, so a failed step leaves the file at the
// previous version rather than half-migrated.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    static Status migrate(Database &database);
};

} // namespace dotpha
