#include "SchemaMigrator.h"

#include "Database.h"
#include "SchemaMigrations.h"
#include "SqlErrors.h"
#include "TransactionGuard.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

Status runStep(Database &database, const SchemaMigrations::Step &step)
{
    TransactionGuard transaction(database);
    if (!transaction.began())
        return transaction.began();
    QSqlQuery query(database.connection());
    for (const QString &statement : step.statements) {
        if (!query.exec(statement))
            return SqlErrors::from(query.lastError());
    }
    // PRAGMA takes no bound parameters; both values are integers of ours, not input.
    if (!query.exec(u"PRAGMA user_version = %1"_s.arg(step.version))
        || !query.exec(u"PRAGMA application_id = %1"_s.arg(SchemaMigrations::ApplicationId)))
        return SqlErrors::from(query.lastError());
    return transaction.commit();
}

} // namespace

Status SchemaMigrator::migrate(Database &database)
{
    for (const SchemaMigrations::Step &step : SchemaMigrations::steps()) {
        if (step.version <= database.schemaVersion())
            continue;
        if (const Status done = runStep(database, step); !done)
            return Error(done.error().kind(),
                         tr("Upgrading the database to data format %1 failed; it was left as it was. %2")
                             .arg(step.version).arg(done.error().message()),
                         done.error().detail());
    }
    return {};
}

} // namespace dotpha
