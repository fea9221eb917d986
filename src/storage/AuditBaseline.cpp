#include "AuditBaseline.h"

#include "AuditChain.h"
#include "AuditSchema.h"
#include "Database.h"
#include "PasswordHash.h"
#include "SqlErrors.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dotpha {

Status AuditBaseline::fingerprintPasswords(Database &database)
{
    QSqlQuery users(database.connection());
    if (!users.exec(u"SELECT id, password_salt, password_hash, password_iterations FROM app_user"_s))
        return SqlErrors::from(users.lastError());
    QSqlQuery store(database.connection());
    store.prepare(u"UPDATE app_user SET password_fingerprint = ? WHERE id = ?"_s);
    while (users.next()) {
        const PasswordHash password(users.value(1).toByteArray(), users.value(2).toByteArray(), users.value(3).toInt());
        store.bindValue(0, password.fingerprint());
        store.bindValue(1, users.value(0));
        if (!store.exec())
            return SqlErrors::from(store.lastError());
    }
    return {};
}

Status AuditBaseline::record(Database &database)
{
    if (const Status fingerprinted = fingerprintPasswords(database); !fingerprinted)
        return fingerprinted;
    const Result<qint64> before = AuditChain::lastId(database);
    if (!before)
        return before.error();
    // The baseline vouches for the records as they are; a trail already broken is said so in it,
    // and its records stay checked against their format-2 seals.
    const Result<QStringList> brokenBefore = AuditChain::verify(database);
    if (!brokenBefore)
        return brokenBefore.error();
    const QString note = brokenBefore->isEmpty()
                             ? tr("State when the file was upgraded to data format 3")
                             : tr("State when the file was upgraded to data format 3, over a change log that did not "
                                  "match its seals (%n problem(s): see Check the seals)", nullptr, int(brokenBefore->size()));
    QSqlQuery query(database.connection());
    for (const AuditSchema::Table &table : AuditSchema::tables()) {
        const Result<QList<AuditSchema::Column>> columns = AuditSchema::columnsOf(database, table.name);
        if (!columns)
            return columns.error();
        if (columns->isEmpty())
            continue;   // a table a later data format adds: it has no rows to vouch for yet
        // Table and column names are ours; the note is bound.
        query.prepare(u"INSERT INTO audit_log (recorded_at, actor_id, actor, action, entity, entity_id, task_id, field, "
                      "old_value, new_value, note, snapshot) SELECT %1, NULL, '', 'baseline', '%2', r.%3, %4, '', NULL, "
                      "r.%5, ?, %6 FROM main.%2 AS r ORDER BY r.%3"_s
                          .arg(AuditSchema::now(), table.name, table.key, AuditSchema::taskOf(table, u"r"_s), table.label,
                               AuditSchema::snapshotOf(*columns, u"r"_s)));
        query.bindValue(0, note);
        if (!query.exec())
            return SqlErrors::from(query.lastError());
    }
    return AuditChain::seal(database, *before);
}

} // namespace dotpha
