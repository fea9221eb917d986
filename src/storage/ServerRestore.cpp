#include "ServerRestore.h"

#include "PostgresTool.h"

#include "ServerConnection.h"
#include "ServerDatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

constexpr int RestoreTimeoutMs = 2 * 60 * 60 * 1000;   // two hours: a province's database, over a slow line

Error failed(const QString &backup, const QString &why, const QString &detail = {})
{
    return Error(Error::Kind::File,
                 ServerRestore::tr("Restoring %1 failed, and nothing of it was restored: %2")
                     .arg(QDir::toNativeSeparators(backup), why),
                 detail);
}

} // namespace

QString ServerRestore::program()
{
    const QString chosen = qEnvironmentVariable("DOTPHA_PG_RESTORE");
    return chosen.isEmpty() ? u"pg_restore"_s : chosen;
}

// Empty, and on a server that has Dotpha's groups, whose grants the backup holds.
Status ServerRestore::checkTarget(const ServerAddress &address, const QString &password)
{
    Result<std::unique_ptr<ServerConnection>> connection = ServerConnection::open(address, password);
    if (!connection)
        return connection.error();
    const Result<bool> empty = ServerDatabase::isEmpty(**connection);
    if (!empty)
        return empty.error();
    if (!*empty)
        return Error(Error::Kind::Refused,
                     tr("The database %1 on the office server is not empty: a backup is restored only into a new "
                        "database (createdb), which then takes the old one's name once checked.")
                         .arg(address.displayName()));
    QSqlQuery query((*connection)->connection());
    // The restored objects become the restoring login's, the trail's functions run as it: it must
    // be the database's owner, who upgrades and backs it up afterwards.
    if (!query.exec(u"SELECT pg_catalog.pg_get_userbyid(d.datdba) = current_user FROM pg_catalog.pg_database AS d "
                    "WHERE d.datname = current_database()"_s)
        || !query.next())
        return (*connection)->errorOf(query.lastError());
    if (!query.value(0).toBool())
        return Error(Error::Kind::Refused,
                     tr("Only the owner of the database %1 on the office server may restore a backup into it: "
                        "connect as that login.").arg(address.displayName()));
    if (!query.exec(u"SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname IN "
                    "('dotpha_clerk', 'dotpha_reviewer', 'dotpha_administrator')"_s)
        || !query.next())
        return (*connection)->errorOf(query.lastError());
    if (query.value(0).toInt() != 3)
        return Error(Error::Kind::Refused,
                     tr("The office server has not got Dotpha's groups yet, which the backup's rights name. Create "
                        "them first: CREATE ROLE dotpha_clerk NOLOGIN; CREATE ROLE dotpha_reviewer NOLOGIN; "
                        "CREATE ROLE dotpha_administrator NOLOGIN;"));
    return {};
}

Status ServerRestore::run(const QString &backup, const ServerAddress &address, const QString &password)
{
    if (!QFile::exists(backup))
        return Error(Error::Kind::File, tr("There is no backup %1.").arg(QDir::toNativeSeparators(backup)));
    if (const Status target = checkTarget(address, password); !target)
        return target;
    // --no-owner: the objects become the restoring login's; --no-password: no prompt to hang on.
    const QStringList arguments = {u"--no-owner"_s, u"--no-password"_s, u"--single-transaction"_s,
                                   u"--exit-on-error"_s, u"--dbname="_s + address.toUri(), backup};
    if (const std::optional<PostgresTool::Failure> failure =
            PostgresTool::run(program(), arguments, password, RestoreTimeoutMs))
        return failed(backup, failure->why, failure->detail);
    return {};
}

} // namespace dotpha
