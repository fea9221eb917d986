#include "AuditTriggers.h"

#include "Database.h"
#include "SqlErrors.h"

#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

// How the audit names a row of each table: its key, the column that says which record it is
// (written on insert and delete), and the task it belongs to, for a task's own history.
struct AuditedTable
{
    QString table;
    QString key;
    QString label;
    QString taskOf;   // %1 stands for NEW or OLD
};

const QList<AuditedTable> &auditedTables()
{
    static const QList<AuditedTable> tables = {
        {u"committee_settings"_s, u"id"_s, u"committee_name"_s, u"NULL"_s},
        {u"unit"_s, u"id"_s, u"name"_s, u"NULL"_s},
        {u"person"_s, u"id"_s, u"full_name"_s, u"NULL"_s},
        {u"field"_s, u"id"_s, u"name"_s, u"NULL"_s},
        {u"app_user"_s, u"id"_s, u"login"_s, u"NULL"_s},
        {u"task"_s, u"id"_s, u"title"_s, u"%1.id"_s},
        {u"decision"_s, u"id"_s, u"kind"_s, u"%1.task_id"_s},
        {u"progress_note"_s, u"id"_s, u"text"_s, u"%1.task_id"_s},
        {u"work_item"_s, u"id"_s, u"title"_s, u"%1.task_id"_s},
        {u"indicator"_s, u"id"_s, u"name"_s, u"%1.task_id"_s},
        {u"indicator_value"_s, u"id"_s, u"value"_s, u"(SELECT task_id FROM indicator WHERE id = %1.indicator_id)"_s},
        {u"closed_year"_s, u"year"_s, u"closed_by"_s, u"NULL"_s},
    };
    return tables;
}

// Columns that change with every write or only mirror another column say nothing of their own.
bool isBookkeeping(const QString &column)
{
    static const QStringList names = {u"id"_s, u"version"_s, u"created_at"_s, u"updated_at"_s,
                                      u"password_salt"_s, u"password_iterations"_s};
    return names.contains(column) || column.endsWith(u"_folded"_s) || column.endsWith(u"_sort_key"_s);
}

QString taskOf(const AuditedTable &table, const QString &row)
{
    return QString(table.taskOf).replace(u"%1"_s, row);
}

const QString Now = u"strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"_s;
const QString AuditColumns =
    u"recorded_at, actor_id, actor, action, entity, entity_id, task_id, field, old_value, new_value, note"_s;

struct Column
{
    QString name;
    bool isBlob = false;
};

Result<QList<Column>> columnsOf(Database &database, const QString &table)
{
    QSqlQuery query(database.connection());
    // The table name is one of ours (auditedTables), never input.
    if (!query.exec(u"PRAGMA table_info(%1)"_s.arg(table)))
        return SqlErrors::from(query.lastError());
    QList<Column> columns;
    while (query.next()) {
        const QString name = query.value(1).toString();
        if (!isBookkeeping(name))
            columns.append({name, query.value(2).toString().compare(u"BLOB"_s, Qt::CaseInsensitive) == 0});
    }
    return columns;
}

QString rowTrigger(const AuditedTable &table, const QString &event, const QString &row)
{
    const QString action = event == u"INSERT"_s ? u"insert"_s : u"delete"_s;
    const QString valueColumns = action == u"insert"_s ? u"NULL, %1.%2"_s : u"%1.%2, NULL"_s;
    return u"CREATE TEMP TRIGGER audit_%1_%2 AFTER %3 ON main.%1 BEGIN "
           "INSERT INTO audit_log (%4) SELECT %5, actor_id, actor, '%2', '%1', %6.%7, %8, '', %9, note "
           "FROM audit_context; END"_s
        .arg(table.table, action, event, AuditColumns, Now, row, table.key, taskOf(table, row),
             valueColumns.arg(row, table.label));
}

// One audit row per column whose value changed. A BLOB column (a password hash) is named without
// its values.
QString updateTrigger(const AuditedTable &table, const QList<Column> &columns)
{
    QStringList changes;
    for (const Column &column : columns) {
        const QString values = column.isBlob ? u"NULL AS old_value, NULL AS new_value"_s
                                             : u"OLD.%1 AS old_value, NEW.%1 AS new_value"_s.arg(column.name);
        changes << u"SELECT '%1' AS field, %2 WHERE OLD.%1 IS NOT NEW.%1"_s.arg(column.name, values);
    }
    return u"CREATE TEMP TRIGGER audit_%1_update AFTER UPDATE ON main.%1 BEGIN "
           "INSERT INTO audit_log (%2) SELECT %3, a.actor_id, a.actor, 'update', '%1', NEW.%4, %5, "
           "c.field, c.old_value, c.new_value, a.note FROM audit_context AS a, (%6) AS c; END"_s
        .arg(table.table, AuditColumns, Now, table.key, taskOf(table, u"NEW"_s),
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
    for (const AuditedTable &table : auditedTables()) {
        if (const Status installed = installFor(database, table.table); !installed)
            return installed;
    }
    return {};
}

Status AuditTriggers::installFor(Database &database, const QString &tableName)
{
    const auto table = std::find_if(auditedTables().begin(), auditedTables().end(),
                                    [&](const AuditedTable &each) { return each.table == tableName; });
    const Result<QList<Column>> columns = columnsOf(database, tableName);
    if (!columns)
        return columns.error();
    for (const QString &sql : {rowTrigger(*table, u"INSERT"_s, u"NEW"_s), rowTrigger(*table, u"DELETE"_s, u"OLD"_s),
                               updateTrigger(*table, *columns)}) {
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
