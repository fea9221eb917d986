#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace dotpha {

class Database;
class ServerDatabase;

// `dotpha-cli server upload FILE`: a committee's file copied whole to an empty database on the
// office server, in one transaction, by the database's owner. Every row keeps its id; values are
// converted per column by the server (text dates and times to its types); the change log is
// copied, its values written as the server writes them, and sealed again by the server (its hashes cover the values as the server writes
// them), in the file's seals' ranges, then verified with the replay; the count of every table is
// compared with the file's. A file whose own log does not verify is refused: sealing it again
// would launder what was changed outside Dotpha. The server's triggers are off while the rows go
// in (they would log every row as new, and the rows carry their own history) and on again before
// the commit.
class ServerUpload
{
    Q_DECLARE_TR_FUNCTIONS(ServerUpload)

public:
    struct Copied
    {
        QString table;
        qint64 rows = 0;
    };

    // Told the name of each table as its copying begins, for a long upload to show where it is.
    using Progress = std::function<void(const QString &table)>;

    static Result<QList<Copied>> run(Database &file, ServerDatabase &server, const Progress &progress = {});

private:
    ServerUpload(Database &file, ServerDatabase &server, Progress progress)
        : m_file(file), m_server(server), m_progress(std::move(progress)) {}

    Status checkFile();
    Status checkServerEmpty();
    void refreshStatistics();
    Status copyTables();
    Result<qint64> copyTable(const QString &table);
    Status copyDeferredReferences(const QString &table, const QStringList &columns);
    Status writeTrailAsTheServer();
    Status sealAgain();
    Status checkCounts();
    Status verify();
    Status exec(const QString &sql);
    Result<QStringList> fileColumns(const QString &table);
    Result<QStringList> serverColumns(const QString &table);

    Database &m_file;
    ServerDatabase &m_server;
    Progress m_progress;
    QList<Copied> m_copied;
};

} // namespace dotpha
