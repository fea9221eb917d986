#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace dotpha {

class Database;

// The copies Dotpha makes on its own, in a folder of the user's data: one before every upgrade
// of a file's data format (kept), and one a day when the file is first opened that day (the last
// keepDaily of each database kept). Names say which database (its name and a short hash of its
// path, since two folders may hold files of the same name), when, and why.
class AutomaticBackups
{
    Q_DECLARE_TR_FUNCTIONS(AutomaticBackups)

public:
    static constexpr int DefaultKeep = 10;

    AutomaticBackups(QString folder, int keepDaily = DefaultKeep);
    // <the user's data folder>/backups.
    static QString standardFolder();

    const QString &folder() const { return m_folder; }

    // A copy of database as it is, before its data format is upgraded from fromVersion.
    Result<QString> beforeUpgrade(Database &database, int fromVersion) const;
    // Today's copy of the database at path, through a read-only connection of its own (so it may
    // run in a worker thread); an empty path when today's copy exists already.
    Result<QString> daily(const QString &databasePath) const;
    // This database's copies, newest first.
    QStringList backupsOf(const QString &databasePath) const;

private:
    QString prefixFor(const QString &databasePath) const;
    Status ensureFolder() const;
    void pruneDaily(const QString &databasePath) const;

    QString m_folder;
    int m_keepDaily;
};

} // namespace dotpha
