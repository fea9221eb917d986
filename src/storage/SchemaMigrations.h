#pragma once

#include "Result.h"

#include <QList>
#include <QStringList>

namespace dotpha {

class Database;

// The schema's history. Step N takes a database from user_version N-1 to N; steps are only ever
// appended, never edited, because files of every earlier version are out in offices.
// docs/schema.md describes each version.
class SchemaMigrations
{
public:
    struct Step
    {
        // A step that rebuilds tables (SQLite cannot change a column's constraints in place) runs
        // with foreign keys off, so that dropping the old table neither cascades nor fails, and
        // checks every reference before it commits.
        enum Tables { KeepsTables, RebuildsTables };

        int version;
        QStringList statements;
        Tables tables;
        // Work after the statements that needs more than SQL, in the step's transaction; or null.
        Status (*afterStatements)(Database &database);
    };

    static const QList<Step> &steps();
    static int currentVersion();
    // Indexes that only make reading faster, created on every writable opening when missing: not
    // a step of the data format, so that a file without them (an older one, a read-only one) reads
    // the same, and opens, only slower.
    static const QStringList &speedIndexes();
    // Written to PRAGMA application_id, so that Dotpha files can be told from other SQLite files.
    static constexpr int ApplicationId = 0x446F7450;   // "DotP"
};

} // namespace dotpha
