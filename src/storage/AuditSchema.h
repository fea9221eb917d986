#pragma once

#include "Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace dotpha {

class Database;

// What the audit trail records of each table, shared by the triggers that write it
// (AuditTriggers), the baseline written on an upgrade (AuditBaseline) and the replay that proves
// the data rows against it (AuditReplay). The audited columns are read from the schema itself, so
// a column added by a later migration is recorded without changing this class.
class AuditSchema
{
public:
    struct Table
    {
        QString name;
        QString key;      // the column that identifies a row (id, or year for closed_year)
        QString label;    // the column that says which record it is, written on insert and delete
        QString taskOf;   // the task a row belongs to, as SQL; %1 stands for the row (NEW, OLD, a table)
    };

    struct Column
    {
        QString name;
        // A BLOB column (a password hash) is named by the trail but its values are never copied.
        bool isBlob = false;
    };

    // A column a later data format added to a table: the value every row already there took
    // (none for NULL). Those rows' trail was written before the column was; replaying it, such a
    // row holds this value until the trail records a change to it.
    struct AddedColumn
    {
        QString table;
        QString column;
        std::optional<QString> value;
    };

    static const QList<Table> &tables();
    static const QList<AddedColumn> &addedColumns();
    static const AddedColumn *addedColumn(const QString &table, const QString &column);
    static const Table *table(const QString &name);
    // Columns that change with every write or only mirror another column say nothing of their
    // own: id, version, timestamps, folded text, sort keys, a password's salt and iterations.
    static bool isBookkeeping(const QString &column);
    // The audited columns of table, in schema order.
    static Result<QList<Column>> columnsOf(Database &database, const QString &table);

    // SQL for the task row of table belongs to, with row standing for the record.
    static QString taskOf(const Table &table, const QString &row);
    // SQL for the JSON object a snapshot holds: every audited column but BLOBs, each value as the
    // text SQLite gives it (CAST AS TEXT), NULL as null.
    static QString snapshotOf(const QList<Column> &columns, const QString &row);
    // The current time as the trail writes it: UTC with milliseconds.
    static QString now();
};

} // namespace dotpha
