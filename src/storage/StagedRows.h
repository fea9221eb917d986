#pragma once

#include "NativeSqlite.h"
#include "Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace dotpha {

class SqlConnection;

// Rows gathered in a temporary table of the connection, to be written into their table by one
// INSERT ... SELECT: constraints, indexes and the audit triggers then run within one statement,
// where a statement per row costs them a statement's set-up each time. The rows are bound
// through SQLite's own interface where it can be reached (NativeSqlite), else through QSqlQuery.
// The table, temp.<name>, has untyped columns c0, c1, ..., so values keep the type they were
// bound with.
class StagedRows
{
public:
    StagedRows(SqlConnection &database, QString name, int columnCount);
    ~StagedRows();
    StagedRows(const StagedRows &) = delete;
    StagedRows &operator=(const StagedRows &) = delete;

    Status begin();
    Status append(const QVariantList &values);
    // Empties the table once its rows are written.
    Status clear();
    // "c0, c1, ...": what a SELECT from the staged table lists.
    QString columns() const;
    QString table() const { return QStringLiteral("temp.") + m_name; }

private:
    Status appendNatively(const QVariantList &values);
    int bindNatively(int position, const QVariant &value);
    Status nativeError(const char *step);

    SqlConnection &m_database;
    QString m_name;
    int m_columnCount;
    const NativeSqlite::Api *m_api = nullptr;
    NativeSqlite::Statement *m_native = nullptr;
    QSqlQuery m_query;
};

} // namespace dotpha
