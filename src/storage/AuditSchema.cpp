#include "AuditSchema.h"

#include "Database.h"
#include "SqlErrors.h"

#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace dotpha {

const QList<AuditSchema::Table> &AuditSchema::tables()
{
    static const QList<Table> tables = {
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
        {u"indicator_value"_s, u"id"_s, u"value"_s,
         u"(SELECT task_id FROM main.indicator WHERE id = %1.indicator_id)"_s},
        {u"closed_year"_s, u"year"_s, u"closed_by"_s, u"NULL"_s},
        // Data format 4: the record of each evidence file; its chunks are proved by its SHA-256.
        {u"attachment"_s, u"id"_s, u"file_name"_s, u"%1.task_id"_s},
        // Data format 6: the packages sent to other committees.
        {u"exchange_sent"_s, u"id"_s, u"receiver"_s, u"NULL"_s},
        {u"exchange_partner"_s, u"id"_s, u"committee"_s, u"NULL"_s},
        {u"exchange_received"_s, u"id"_s, u"sequence"_s, u"NULL"_s},
        {u"exchange_link"_s, u"id"_s, u"entity"_s, u"NULL"_s},
    };
    return tables;
}

// Data formats 4 and 5 (server 10 and 11): the year-end score and its thresholds, the largest file
// to attach, and the thresholds a closed year was closed under.
const QList<AuditSchema::AddedColumn> &AuditSchema::addedColumns()
{
    static const QList<AddedColumn> columns = {
        {u"task"_s, u"score"_s, std::nullopt},
        {u"committee_settings"_s, u"score_excellent"_s, u"90"_s},
        {u"committee_settings"_s, u"score_good"_s, u"70"_s},
        {u"committee_settings"_s, u"score_completed"_s, u"50"_s},
        {u"committee_settings"_s, u"attachment_limit_mb"_s, u"50"_s},
        {u"closed_year"_s, u"score_excellent"_s, std::nullopt},
        {u"closed_year"_s, u"score_good"_s, std::nullopt},
        {u"closed_year"_s, u"score_completed"_s, std::nullopt},
    };
    return columns;
}

const AuditSchema::AddedColumn *AuditSchema::addedColumn(const QString &table, const QString &column)
{
    for (const AddedColumn &each : addedColumns()) {
        if (each.table == table && each.column == column)
            return &each;
    }
    return nullptr;
}

const AuditSchema::Table *AuditSchema::table(const QString &name)
{
    for (const Table &each : tables()) {
        if (each.name == name)
            return &each;
    }
    return nullptr;
}

bool AuditSchema::isBookkeeping(const QString &column)
{
    static const QStringList names = {u"id"_s, u"version"_s, u"created_at"_s, u"updated_at"_s,
                                      u"password_salt"_s, u"password_iterations"_s};
    return names.contains(column) || column.endsWith(u"_folded"_s) || column.endsWith(u"_sort_key"_s);
}

Result<QList<AuditSchema::Column>> AuditSchema::columnsOf(Database &database, const QString &table)
{
    QSqlQuery query(database.connection());
    // The table name is one of ours (tables()), never input.
    if (!query.exec(u"PRAGMA main.table_info(%1)"_s.arg(table)))
        return SqlErrors::from(query.lastError());
    QList<Column> columns;
    while (query.next()) {
        const QString name = query.value(1).toString();
        if (!isBookkeeping(name))
            columns.append({name, query.value(2).toString().compare(u"BLOB"_s, Qt::CaseInsensitive) == 0});
    }
    return columns;
}

QString AuditSchema::taskOf(const Table &table, const QString &row)
{
    return QString(table.taskOf).replace(u"%1"_s, row);
}

QString AuditSchema::snapshotOf(const QList<Column> &columns, const QString &row)
{
    QStringList pairs;
    for (const Column &column : columns) {
        if (!column.isBlob)
            pairs << u"'%1', CAST(%2.%1 AS TEXT)"_s.arg(column.name, row);
    }
    return u"json_object("_s + pairs.join(u", "_s) + u")"_s;
}

QString AuditSchema::now()
{
    return u"strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"_s;
}

} // namespace dotpha
