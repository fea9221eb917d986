#include "AuditTriggers.h"

#include "AuditSchema.h"
#include "Database.h"
#include "SqlErrors.h"

#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

const QString AuditColumns = u"recorded_at, actor_id, actor, action, entity, entity_id, task_id, field, old_value, "
                             "new_value, note, snapshot"_s;

// After an insert or delete: one row naming the record, with a snapshot of every audited column,
// so that the trail alone says what each record held (AuditReplay).
QString rowTrigger(const AuditSchema::Table &table, const QList<AuditSchema::Column> &columns, const QString &event)
{
    const bool insert = event == u"INSERT"_s;
    const QString row = insert ? u"NEW"_s : u"OLD"_s;
    const QString action = insert ? u"insert"_s : u"delete"_s;
    const QString values = (insert ? u"NULL, %1.%2"_s : u"%1.%2, NULL"_s).arg(row, table.label);
    return u"CREATE TEMP TRIGGER audit_%1_%2 AFTER %3 ON main.%1 BEGIN "
           "INSERT INTO audit_log (%4) SELECT %5, actor_id, actor, '%2', '%1', %6.%7, %8, '', %9, note, %10 "
           "FROM audit_context; END"_s
        .arg(table.name, action, event, AuditColumns, AuditSchema::now(), row, table.key,
             AuditSchema::taskOf(table, row), values)
        .arg(AuditSchema::snapshotOf(columns, row));
}

// One audit row per column whose value changed. A BLOB column (a password hash) is named without
// its values.
QString updateTrigger(const AuditSchema::Table &table, const QList<AuditSchema::Column> &columns)
{
    QStringList changes;
    for (const AuditSchema::Column &column : columns) {
        const QString values = column.isBlob ? u"NULL AS old_value, NULL AS new_value"_s
                                             : u"OLD.%1 AS old_value, NEW.%1 AS new_value"_s.arg(column.name);
        changes << u"SELECT '%1' AS field, %2 WHERE OLD.%1 IS NOT NEW.%1"_s.arg(column.name, values);
    }
    return u"CREATE TEMP TRIGGER audit_%1_update AFTER UPDATE ON main.%1 BEGIN "
           "INSERT INTO audit_log (%2) SELECT %3, a.actor_id, a.actor, 'update', '%1', NEW.%4, %5, "
           "c.field, c.old_value, c.new_value, a.note, NULL FROM audit_context AS a, (%6) AS c; END"_s
        .arg(table.name, AuditColumns, AuditSchema::now(), table.key, AuditSchema::taskOf(table, u"NEW"_s),
             changes.join(u" UNION ALL "_s));
}

Status execute(Database &database, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(database.connection());
    if (!query.prepare(sql))
        return SqlErrors::from(query.lastError());
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return SqlErrors::from(query.lastError());
    return {};
}

} // namespace

Status AuditTriggers::install(Database &database)
{
    if (const Status created = execute(database, u"CREATE TEMP TABLE IF NOT EXISTS audit_context "
                                                 "(actor_id INTEGER, actor TEXT NOT NULL, note TEXT NOT NULL)"_s);
        !created)
        return created;
    // Exactly one row: the triggers cross-join it, so a second row would double every record.
    if (const Status filled = execute(database, u"INSERT INTO audit_context SELECT NULL, '', '' "
                                                "WHERE NOT EXISTS (SELECT 1 FROM audit_context)"_s);
        !filled)
        return filled;
    for (const AuditSchema::Table &table : AuditSchema::tables()) {
        if (const Status installed = installFor(database, table); !installed)
            return installed;
    }
    return {};
}

Status AuditTriggers::installFor(Database &database, const AuditSchema::Table &table)
{
    const Result<QList<AuditSchema::Column>> columns = AuditSchema::columnsOf(database, table.name);
    if (!columns)
        return columns.error();
    for (const QString &sql : {rowTrigger(table, *columns, u"INSERT"_s), rowTrigger(table, *columns, u"DELETE"_s),
                               updateTrigger(table, *columns)}) {
        if (const Status created = execute(database, sql); !created)
            return created;
    }
    return {};
}

Status AuditTriggers::setActor(Database &database, std::optional<qint64> actorId, const QString &actorName)
{
    return execute(database, u"UPDATE audit_context SET actor_id = ?, actor = ?"_s,
                   {actorId ? QVariant(*actorId) : QVariant(), actorName.isNull() ? u""_s : actorName});
}

Status AuditTriggers::setNote(Database &database, const QString &note)
{
    return execute(database, u"UPDATE audit_context SET note = ?"_s, {note.isNull() ? u""_s : note});
}

} // namespace dotpha
