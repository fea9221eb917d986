#include "ServerSchemaMigrator.h"

#include "SchemaMigrations.h"
#include "ServerConnection.h"
#include "ServerSchemaMigrations.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

// A statement without values runs as it is: QPSQL prepares with SQL PREPARE, which takes no DDL.
Status execute(ServerConnection &connection, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(connection.connection());
    if (values.isEmpty())
        return query.exec(sql) ? Status() : Status(connection.errorOf(query.lastError()));
    if (!query.prepare(sql))
        return connection.errorOf(query.lastError());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return connection.errorOf(query.lastError());
    return {};
}

Status applyStep(ServerConnection &connection, const ServerSchemaMigrations::Step &step)
{
    for (const QString &statement : step.statements) {
        if (const Status done = execute(connection, statement); !done)
            return done;
    }
    if (step.afterStatements) {
        if (const Status done = step.afterStatements(connection); !done)
            return done;
    }
    return execute(connection,
                   u"INSERT INTO dotpha_database (id, application_id, schema_version) VALUES (1, ?, ?) "
                   "ON CONFLICT (id) DO UPDATE SET schema_version = EXCLUDED.schema_version"_s,
                   {SchemaMigrations::ApplicationId, step.version});
}

// One step in its own transaction; skipped when another PC applied it meanwhile.
Status migrateStep(ServerConnection &connection, const ServerSchemaMigrations::Step &step)
{
    QSqlDatabase database = connection.connection();
    if (!database.transaction())
        return connection.errorOf(database.lastError());
    Status done = execute(connection, u"SELECT pg_advisory_xact_lock(?)"_s, {ServerSchemaMigrator::MigrationLock});
    if (done) {
        const Result<int> version = ServerSchemaMigrator::recordedVersion(connection);
        if (!version)
            done = version.error();
        else if (*version < step.version)
            done = applyStep(connection, step);
    }
    if (!done) {
        database.rollback();
        return done;
    }
    if (!database.commit())
        return connection.errorOf(database.lastError());
    return {};
}

} // namespace

Result<int> ServerSchemaMigrator::recordedVersion(ServerConnection &connection)
{
    QSqlQuery query(connection.connection());
    if (!query.exec(u"SELECT to_regclass('dotpha_database') IS NOT NULL"_s) || !query.next())
        return connection.errorOf(query.lastError());
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(u"SELECT schema_version FROM dotpha_database WHERE id = 1"_s))
        return connection.errorOf(query.lastError());
    return query.next() ? query.value(0).toInt() : 0;
}

Result<int> ServerSchemaMigrator::migrate(ServerConnection &connection)
{
    for (const ServerSchemaMigrations::Step &step : ServerSchemaMigrations::steps()) {
        if (const Status done = migrateStep(connection, step); !done)
            return Error(done.error().kind(),
                         tr("The office server's database could not be brought to version %1: %2")
                             .arg(step.version).arg(done.error().message()),
                         done.error().detail());
    }
    return recordedVersion(connection);
}

} // namespace dotpha
