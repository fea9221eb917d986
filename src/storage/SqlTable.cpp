#include "SqlTable.h"

#include "Database.h"
#include "SqlErrors.h"
#include "TransactionGuard.h"

using namespace Qt::StringLiterals;

namespace dotpha {

SqlTable::SqlTable(Database &database, QString table, QString recordNoun)
    : m_database(database)
    , m_table(std::move(table))
    , m_recordNoun(std::move(recordNoun))
{
}

Result<QSqlQuery> SqlTable::prepared(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return SqlErrors::from(query.lastError());
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return query;
}

Status SqlTable::run(const QString &sql, const QVariantList &values,
                     const std::function<void(const QSqlQuery &)> &eachRow)
{
    Result<QSqlQuery> query = prepared(sql, values);
    if (!query)
        return query.error();
    if (!query->exec())
        return SqlErrors::from(query->lastError());
    while (query->next())
        eachRow(*query);
    return {};
}

Result<qint64> SqlTable::insert(const QString &sql, const QVariantList &values)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began().error();
    Result<QSqlQuery> query = prepared(sql, values);
    if (!query)
        return query.error();
    if (!query->exec())
        return SqlErrors::from(query->lastError());
    const qint64 id = query->lastInsertId().toLongLong();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<int> SqlTable::execute(const QString &sql, const QVariantList &values)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began().error();
    Result<QSqlQuery> query = prepared(sql, values);
    if (!query)
        return query.error();
    if (!query->exec())
        return SqlErrors::from(query->lastError());
    const int rows = query->numRowsAffected();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return rows;
}

Result<int> SqlTable::update(const QString &sql, QVariantList values, qint64 id, int version)
{
    values << id << version;
    const Result<int> rows = execute(sql, values);
    if (!rows)
        return rows.error();
    if (*rows == 0)
        return staleWriteError(id);
    return version + 1;
}

Status SqlTable::remove(qint64 id, int version)
{
    const Result<int> rows = execute(u"DELETE FROM %1 WHERE id = ? AND version = ?"_s.arg(m_table), {id, version});
    if (!rows)
        return rows.error();
    if (*rows == 0)
        return staleWriteError(id);
    return {};
}

Error SqlTable::notFound() const
{
    return SqlErrors::notFound(m_recordNoun);
}

Error SqlTable::staleWriteError(qint64 id)
{
    bool exists = false;
    const Status checked = run(u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(m_table), {id},
                               [&](const QSqlQuery &) { exists = true; });
    if (!checked)
        return checked.error();
    return exists ? SqlErrors::conflict(m_recordNoun) : notFound();
}

} // namespace dotpha
