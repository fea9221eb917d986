#pragma once

#include "Result.h"

#include <QList>
#include <QStringList>

namespace dotpha {

class ServerConnection;

// The office server's schema history, as SchemaMigrations is a file's: step N takes a server
// database from version N-1 to N, in one transaction, and steps are only ever appended. The tables
// and columns are a file's, in PostgreSQL's types (identity ids, date, timestamptz, bytea; flags
// stay integers 0 and 1, as a file's, so that the repositories bind and compare them alike), so
// that the repositories' statements and an uploaded file's rows carry over; text that
// lists sort is compared by the server's ICU collation vi_vn, the same on every PC.
// dotpha_database holds the application id and the version. docs/schema.md describes each version.
class ServerSchemaMigrations
{
public:
    struct Step
    {
        int version;
        QStringList statements;
        // Work after the statements that needs more than SQL, in the step's transaction; or null.
        Status (*afterStatements)(ServerConnection &connection) = nullptr;
    };

    static const QList<Step> &steps();
    static int currentVersion();
    // What a superuser runs once in each Dotpha database, since only a superuser may take the
    // advisory-lock functions from PUBLIC: one line of SQL (docs/administration.md).
    static QString superuserStepForAdvisoryLocks();
    // The advisory-lock functions' signatures, quoted for an SQL array.
    static QString advisoryLockFunctions();

private:
    static QStringList advisoryLockSignatures();
};

} // namespace dotpha
