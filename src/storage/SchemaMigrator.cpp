#include "SchemaMigrator.h"

#include "Database.h"
#include "SchemaMigrations.h"
#include "SqlErrors.h"
#include "TransactionGuard.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

Status execute(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql))
        return SqlErrors::from(query.lastError());
    return {};
}

// The references a rebuild must have kept; foreign_key_check names a row that lost its target.
Status checkReferences(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"PRAGMA foreign_key_check"_s))
        return SqlErrors::from(query.lastError());
    if (query.next())
        return Error(Error::Kind::Storage,
                     SchemaMigrator::tr("Row %1 of table %2 refers to a missing row of table %3.")
                         .arg(query.value(1).toString(), query.value(0).toString(), query.value(2).toString()));
    return {};
}

Status runStatements(Database &database, const SchemaMigrations::Step &step)
{
    TransactionGuard transaction(database);
    if (!transaction.began())
        return transaction.began();
    for (const QString &statement : step.statements) {
        if (const Status done = execute(database, statement); !done)
            return done;
    }
    if (step.afterStatements) {
        if (const Status done = step.afterStatements(database); !done)
            return done;
    }
    if (step.tables == SchemaMigrations::Step::RebuildsTables) {
        if (const Status kept = checkReferences(database); !kept)
            return kept;
    }
    // PRAGMA takes no bound parameters; both values are integers of ours, not input.
    if (const Status versioned = execute(database, u"PRAGMA user_version = %1"_s.arg(step.version)); !versioned)
        return versioned;
    if (const Status marked = execute(database, u"PRAGMA application_id = %1"_s.arg(SchemaMigrations::ApplicationId));
        !marked)
        return marked;
    return transaction.commit();
}

// foreign_keys cannot change inside a transaction, so it is turned off around the step's and back
// on whatever happened.
Status runStep(Database &database, const SchemaMigrations::Step &step)
{
    if (step.tables == SchemaMigrations::Step::KeepsTables)
        return runStatements(database, step);
    if (const Status off = execute(database, u"PRAGMA foreign_keys = OFF"_s); !off)
        return off;
    const Status done = runStatements(database, step);
    const Status on = execute(database, u"PRAGMA foreign_keys = ON"_s);
    return done ? on : done;
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
