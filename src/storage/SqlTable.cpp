#include "SqlTable.h"

#include "SqlConnection.h"
#include "SqlErrors.h"
#include "StagedRows.h"
#include "TransactionGuard.h"

#include <QScopeGuard>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dotpha {

SqlTable::SqlTable(SqlConnection &database, QString table, QString recordNoun)
    : m_database(database)
    , m_table(std::move(table))
    , m_recordNoun(std::move(recordNoun))
{
}

SqlTable::~SqlTable() = default;

Result<QList<qint64>> SqlTable::insertMany(const QStringList &columns, const QList<QVariantList> &rows,
                                           const QStringList &computed, const QStringList &computedValues)
{
    if (rows.isEmpty())
        return QList<qint64>();
    if (m_database.insertReturnsId())
        return insertInBatches(columns, rows, computed, computedValues);
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began().error();
    const Result<qint64> before = largestId();
    if (!before)
        return before.error();
    if (!m_staged)
        m_staged = std::make_unique<StagedRows>(m_database, m_table + u"_staged"_s, int(columns.size()));
    if (const Status begun = m_staged->begin(); !begun)
        return begun.error();
    for (const QVariantList &row : rows) {
        if (const Status staged = m_staged->append(row); !staged)
            return staged.error();
    }
    const QString selected = computedValues.isEmpty() ? m_staged->columns()
                                                      : m_staged->columns() + u", "_s + computedValues.join(u", "_s);
    const Result<int> written = execute(u"INSERT INTO %1 (%2) SELECT %3 FROM %4 ORDER BY rowid"_s.arg(
                                            m_table, (columns + computed).join(u", "_s), selected, m_staged->table()),
                                        {});
    if (!written)
        return written.error();
    if (const Status emptied = m_staged->clear(); !emptied)
        return emptied.error();
    // With no AUTOINCREMENT and the write lock held, SQLite numbers the rows from the largest id
    // on, in the order selected; the largest id after the insert confirms it.
    const Result<qint64> after = largestId();
    if (!after)
        return after.error();
    if (*after - *before != rows.size())
        return Error(Error::Kind::Storage, tr("The new records of %1 were not numbered in order.").arg(m_table));
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (qint64 id = *before + 1; id <= *after; ++id)
        ids << id;
    return ids;
}

// An absent value is an invalid QVariant and binds as NULL. A text is never absent: the driver
// would bind a null QString as NULL too, and the text columns are NOT NULL.
QVariant SqlTable::bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QString(0, QChar()));
    return value;
}

void SqlTable::bind(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, bindable(values.at(i)));
}

// Statements are prepared once per table object and reused: preparing costs about as much as
// running a small insert, and bulk loads run the same insert thousands of times.
Result<QSqlQuery *> SqlTable::prepared(const QString &sql, const QVariantList &values)
{
    if (const Status ready = readyToPrepare(); !ready)
        return ready.error();
    auto cached = m_statements.find(sql);
    if (cached == m_statements.end()) {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return m_database.errorOf(query.lastError());
        cached = m_statements.insert(sql, query);
    }
    QSqlQuery *query = &cached.value();
    bind(*query, values);
    return query;
}

Status SqlTable::readyToPrepare()
{
    // A read outside a transaction may be the first statement since the server restarted.
    if (const Status connected = m_database.reconnectIfLost(); !connected)
        return connected;
    // Statements prepared on a connection that is gone are let go: it was a connection of its own
    // (ServerConnection::reconnect), whose driver went with it, so freeing them asks nothing of
    // the connection open now.
    if (m_generation != m_database.connectionGeneration()) {
        m_statements.clear();
        m_generation = m_database.connectionGeneration();
    }
    return {};
}

// A read outside a transaction that met a connection the server dropped (a restart, a network
// that came back) reads again on a new one, once: nothing was read and nothing was being saved, so
// a window left open over the break fills its panes at the next click instead of failing once.
// Not when a row was already handed on (the caller would have it twice), nor when the attempt
// already tried to connect again (readyToPrepare): a server out of reach then costs the window one
// wait for the connection, not two.
Status SqlTable::run(const QString &sql, const QVariantList &values,
                     const std::function<void(const QSqlQuery &)> &eachRow, Planning planning)
{
    const int generation = m_database.connectionGeneration();
    bool handedOn = false;
    const auto counting = [&](const QSqlQuery &query) {
        handedOn = true;
        eachRow(query);
    };
    const Status ran = runOnce(sql, values, counting, planning);
    if (ran || ran.error().kind() != Error::Kind::Connection || m_database.transactionState().depth > 0 || handedOn
        || m_database.connectionGeneration() != generation)
        return ran;
    if (const Status connected = m_database.reconnectAfterLoss(); !connected)
        return ran;
    return runOnce(sql, values, eachRow, planning);
}

Status SqlTable::runOnce(const QString &sql, const QVariantList &values,
                         const std::function<void(const QSqlQuery &)> &eachRow, Planning planning)
{
    if (planning == Planning::Once) {
        Result<QSqlQuery *> prepared = this->prepared(sql, values);
        if (!prepared)
            return prepared.error();
        return runPrepared(**prepared, m_database, eachRow);
    }
    if (const Status ready = readyToPrepare(); !ready)
        return ready;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return m_database.errorOf(query.lastError());
    bind(query, values);
    return runPrepared(query, m_database, eachRow);
}

Status SqlTable::runPrepared(QSqlQuery &query, SqlConnection &database,
                             const std::function<void(const QSqlQuery &)> &eachRow)
{
    if (!query.exec())
        return database.errorOf(query.lastError());
    ++database.transactionState().readsUnderWay;
    const auto done = qScopeGuard([&database] { --database.transactionState().readsUnderWay; });
    while (query.next())
        eachRow(query);
    // Rows come one at a time: a connection lost midway ends the loop as the last row would.
    if (const QSqlError error = query.lastError(); error.isValid()) {
        query.finish();
        return database.errorOf(error);
    }
    query.finish();
    return {};
}

// Runs one write statement in a transaction of its own (or the caller's) and reads from it what
// the caller needs before the transaction ends.
template <typename Value>
Result<Value> SqlTable::write(const QString &sql, const QVariantList &values,
                              const std::function<Value(QSqlQuery &)> &read)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began().error();
    Result<QSqlQuery *> executed = this->executed(sql, values);
    if (!executed)
        return executed.error();
    const Value value = read(**executed);
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return value;
}

// Each row by an INSERT of its own, all in one transaction, where rows are not staged.
// A server numbers the rows of one INSERT as it inserts them, in the order of its VALUES, and
// returns them in that order: ids that are not ascending are refused, not guessed at. Batches come in a
// few sizes only, so that few statements are prepared, each with fewer parameters than a server
// takes (65,535).
Result<QList<qint64>> SqlTable::insertInBatches(const QStringList &columns, const QList<QVariantList> &rows,
                                                const QStringList &computed, const QStringList &computedValues)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began().error();
    QStringList placeholders(columns.size(), u"?"_s);
    placeholders += computedValues;
    const QString oneRow = u"("_s + placeholders.join(u", "_s) + u")"_s;
    const QString into = u"INSERT INTO %1 (%2) VALUES "_s.arg(m_table, (columns + computed).join(u", "_s));
    QList<qint64> ids;
    ids.reserve(rows.size());
    qsizetype start = 0;
    while (start < rows.size()) {
        qsizetype size = 1;
        for (const qsizetype batch : {500, 100, 20}) {
            if (rows.size() - start >= batch && batch * columns.size() < 65535) {
                size = batch;
                break;
            }
        }
        QVariantList values;
        values.reserve(size * columns.size());
        for (qsizetype i = start; i < start + size; ++i)
            values += rows.at(i);
        Result<QList<qint64>> written = write<QList<qint64>>(
            into + QStringList(size, oneRow).join(u", "_s) + u" RETURNING id"_s, values, [](QSqlQuery &query) {
                QList<qint64> returned;
                while (query.next())
                    returned << query.value(0).toLongLong();
                return returned;
            });
        if (!written)
            return written.error();
        if (written->size() != size || !std::is_sorted(written->begin(), written->end())
            || std::adjacent_find(written->begin(), written->end()) != written->end())
            return Error(Error::Kind::Storage, tr("The new records of %1 were not numbered in order.").arg(m_table));
        ids += *written;
        start += size;
    }
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return ids;
}

Result<qint64> SqlTable::insert(const QString &sql, const QVariantList &values)
{
    if (m_database.insertReturnsId())
        return write<qint64>(sql + u" RETURNING id"_s, values, [](QSqlQuery &query) {
            return query.next() ? query.value(0).toLongLong() : 0;
        });
    return write<qint64>(sql, values, [](QSqlQuery &query) { return query.lastInsertId().toLongLong(); });
}

Result<int> SqlTable::execute(const QString &sql, const QVariantList &values)
{
    return write<int>(sql, values, [](const QSqlQuery &query) { return query.numRowsAffected(); });
}

Result<int> SqlTable::executeOnScratch(const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery *> executed = this->executed(sql, values);
    if (!executed)
        return executed.error();
    const int rows = (*executed)->numRowsAffected();
    (*executed)->finish();
    return rows;
}

Result<QSqlQuery *> SqlTable::executed(const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery *> prepared = this->prepared(sql, values);
    if (!prepared)
        return prepared;
    if (!(*prepared)->exec())
        return m_database.errorOf((*prepared)->lastError());
    return prepared;
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

Result<int> SqlTable::deleteRow(qint64 id, std::optional<int> version)
{
    if (m_database.deletesThroughFunction())
        return write<int>(u"SELECT dotpha_delete(?, ?, ?)"_s,
                          {m_table, id, version ? QVariant(*version) : QVariant(QMetaType::fromType<int>())},
                          [](QSqlQuery &query) { return query.next() ? query.value(0).toInt() : 0; });
    if (version)
        return execute(u"DELETE FROM %1 WHERE id = ? AND version = ?"_s.arg(m_table), {id, *version});
    return execute(u"DELETE FROM %1 WHERE id = ?"_s.arg(m_table), {id});
}

Status SqlTable::remove(qint64 id, int version)
{
    const Result<int> rows = deleteRow(id, version);
    if (!rows)
        return rows.error();
    if (*rows == 0)
        return staleWriteError(id);
    return {};
}

Result<qint64> SqlTable::largestId()
{
    const Result<QList<qint64>> largest = select<qint64>(u"SELECT coalesce(max(id), 0) FROM %1"_s.arg(m_table), {},
                                                         [](const QSqlQuery &query) { return query.value(0).toLongLong(); });
    if (!largest)
        return largest.error();
    return largest->value(0);
}

Result<QList<int>> SqlTable::integers(const QString &sql, const QVariantList &values)
{
    return select<int>(sql, values, [](const QSqlQuery &query) { return query.value(0).toInt(); });
}

Result<ReferenceUsage> SqlTable::usage(qint64 id, const QString &taskColumn)
{
    // The column is one of ours, never input.
    const Result<QList<int>> years =
        integers(u"SELECT year FROM task WHERE %1 = ? GROUP BY year ORDER BY year"_s.arg(taskColumn), {id});
    const Result<QList<int>> tasks = integers(u"SELECT count(*) FROM task WHERE %1 = ?"_s.arg(taskColumn), {id});
    if (!years || !tasks)
        return (!years ? years : tasks).error();
    ReferenceUsage usage;
    usage.tasks = tasks->value(0);
    usage.taskYears = *years;
    return usage;
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
