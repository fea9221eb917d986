#pragma once

#include "ReferenceUsage.h"
#include "SqlConnection.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>
#include <memory>
#include <optional>

namespace dotpha {

class StagedRows;

// The steps every Sql*Repository shares, for one table: statements run with bound values
// only, each write in a transaction (joining the caller's when there is one), and optimistic
// locking on the version column. recordNoun names a record in messages ("task", translated).
class SqlTable
{
    Q_DECLARE_TR_FUNCTIONS(SqlTable)

public:
    // How a read is planned. A statement prepared once is planned by a server, from its sixth run
    // on, for any value; a search's LIKE ? is then answered by walking its trigram index whole,
    // which for a word of one or two letters costs ten times a plain scan. A read whose best plan
    // depends on its values is therefore prepared for each run.
    enum class Planning { Once, ForEachRun };

    SqlTable(SqlConnection &database, QString table, QString recordNoun);
    ~SqlTable();

    // Runs an INSERT; returns the new row id.
    Result<qint64> insert(const QString &sql, const QVariantList &values);
    // Inserts many rows, each of the values of columns, by one INSERT ... SELECT from the rows
    // staged beforehand (StagedRows), in a transaction of its own or the caller's; computed names
    // extra columns whose values are the SQL expressions of computedValues (timestamps). Nothing
    // else writes meanwhile, since the transaction holds the write lock, so the new ids follow
    // the largest one; returns them in order.
    Result<QList<qint64>> insertMany(const QStringList &columns, const QList<QVariantList> &rows,
                                     const QStringList &computed = {}, const QStringList &computedValues = {});
    // Runs an UPDATE whose SQL ends in "WHERE id = ? AND version = ?" and sets version = version + 1;
    // id and version are bound after values. Returns the new version.
    Result<int> update(const QString &sql, QVariantList values, qint64 id, int version);
    // Deletes the row when it is still at version.
    Status remove(qint64 id, int version);
    // Deletes the row (at version, when given) and says how many rows went: by DELETE, or through
    // the owner's dotpha_delete where the login holds no DELETE (SqlConnection::deletesThroughFunction).
    Result<int> deleteRow(qint64 id, std::optional<int> version);
    // Runs a statement that changes rows without a version (a measurement, a settings row).
    Result<int> execute(const QString &sql, const QVariantList &values);
    // Runs a statement on a table that is nobody's record (no trail, no trigger: the chunks of a
    // file being attached) as a statement of its own, outside any transaction, when none is under
    // way: it takes none of the locks a write transaction takes (on the server, the trail's), so
    // others' saves do not wait on it. Inside a transaction it joins it.
    Result<int> executeOnScratch(const QString &sql, const QVariantList &values);

    template <typename Record>
    Result<QList<Record>> select(const QString &sql, const QVariantList &values,
                                 const std::function<Record(const QSqlQuery &)> &read,
                                 Planning planning = Planning::Once)
    {
        QList<Record> records;
        const Status done = run(sql, values, [&](const QSqlQuery &query) { records.append(read(query)); }, planning);
        if (!done)
            return done.error();
        return records;
    }

    template <typename Record>
    Result<Record> selectOne(const QString &sql, const QVariantList &values,
                             const std::function<Record(const QSqlQuery &)> &read)
    {
        Result<QList<Record>> found = select<Record>(sql, values, read);
        if (!found)
            return found.error();
        if (found->isEmpty())
            return notFound();
        return found->constFirst();
    }

    Status run(const QString &sql, const QVariantList &values,
               const std::function<void(const QSqlQuery &)> &eachRow, Planning planning = Planning::Once);
    // The integers in the first column of what sql selects (a count, a list of years).
    Result<QList<int>> integers(const QString &sql, const QVariantList &values);
    // How tasks (the recycle bin included) refer to the record id through taskColumn.
    Result<ReferenceUsage> usage(qint64 id, const QString &taskColumn);

    Error notFound() const;
    SqlConnection &database() const { return m_database; }

private:
    Status runOnce(const QString &sql, const QVariantList &values,
                   const std::function<void(const QSqlQuery &)> &eachRow, Planning planning);
    Result<qint64> largestId();
    Result<QList<qint64>> insertInBatches(const QStringList &columns, const QList<QVariantList> &rows,
                                          const QStringList &computed, const QStringList &computedValues);
    template <typename Value>
    Result<Value> write(const QString &sql, const QVariantList &values,
                        const std::function<Value(QSqlQuery &)> &read);
    static QVariant bindable(const QVariant &value);
    static void bind(QSqlQuery &query, const QVariantList &values);
    Result<QSqlQuery *> prepared(const QString &sql, const QVariantList &values);
    // The statement prepared, bound and run; its error when it fails.
    Result<QSqlQuery *> executed(const QString &sql, const QVariantList &values);
    Status readyToPrepare();
    static Status runPrepared(QSqlQuery &query, SqlConnection &database,
                              const std::function<void(const QSqlQuery &)> &eachRow);
    // After a versioned write changed nothing: was the row changed by someone else, or deleted?
    Error staleWriteError(qint64 id);

    SqlConnection &m_database;
    QString m_table;
    QString m_recordNoun;
    QHash<QString, QSqlQuery> m_statements;
    int m_generation = 0;   // SqlConnection::connectionGeneration they were prepared on
    std::unique_ptr<StagedRows> m_staged;
};

} // namespace dotpha
