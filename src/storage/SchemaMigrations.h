#pragma once

#include <QList>
#include <QStringList>

namespace dotpha {

// The schema's history. Step N takes a database from user_version N-1 to N; steps are only ever
// appended, never edited, because files of every earlier version are out in offices.
// docs/schema.md describes each version.
class SchemaMigrations
{
public:
    struct Step
    {
        int version;
        QStringList statements;
    };

    static const QList<Step> &steps();
    static int currentVersion();
    // Written to PRAGMA application_id, so that Dotpha files can be told from other SQLite files.
    static constexpr int ApplicationId = 0x446F7450;   // "DotP"
};

} // namespace dotpha
