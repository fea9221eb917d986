#include "AuditChain.h"

#include "Database.h"
#include "SqlErrors.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

// The fields a hash covers, in this order. Changing the list breaks every existing chain: it is
// part of the file format.
const QString HashedColumns =
    u"id, recorded_at, actor_id, actor, action, entity, entity_id, task_id, field, old_value, new_value, note"_s;
constexpr int HashedColumnCount = 12;

QByteArray hashOf(const QByteArray &previous, const QSqlQuery &row)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous);
    for (int i = 0; i < HashedColumnCount; ++i) {
        const QVariant value = row.value(i);
        // A separator that no text holds, and a marker that tells NULL from the empty text.
        hash.addData(QByteArrayView("\x1f", 1));
        hash.addData(value.isNull() ? QByteArray("\x00", 1) : value.toString().toUtf8());
    }
    return hash.result();
}

} // namespace

Result<qint64> AuditChain::lastId(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"SELECT coalesce(max(id), 0) FROM audit_log"_s))
        return SqlErrors::from(query.lastError());
    query.next();
    return query.value(0).toLongLong();
}

Status AuditChain::seal(Database &database, qint64 afterId)
{
    QSqlQuery previous(database.connection());
    previous.prepare(u"SELECT hash FROM audit_log WHERE id <= ? ORDER BY id DESC LIMIT 1"_s);
    previous.bindValue(0, afterId);
    if (!previous.exec())
        return SqlErrors::from(previous.lastError());
    QByteArray chained = previous.next() ? previous.value(0).toByteArray() : QByteArray();

    QSqlQuery rows(database.connection());
    rows.setForwardOnly(true);
    rows.prepare(u"SELECT "_s + HashedColumns + u" FROM audit_log WHERE id > ? ORDER BY id"_s);
    rows.bindValue(0, afterId);
    if (!rows.exec())
        return SqlErrors::from(rows.lastError());
    QSqlQuery store(database.connection());
    store.prepare(u"UPDATE audit_log SET hash = ? WHERE id = ?"_s);
    while (rows.next()) {
        chained = hashOf(chained, rows);
        store.bindValue(0, chained);
        store.bindValue(1, rows.value(0));
        if (!store.exec())
            return SqlErrors::from(store.lastError());
    }
    return {};
}

Result<QStringList> AuditChain::verify(Database &database)
{
    QSqlQuery rows(database.connection());
    rows.setForwardOnly(true);
    if (!rows.exec(u"SELECT "_s + HashedColumns + u", hash FROM audit_log ORDER BY id"_s))
        return SqlErrors::from(rows.lastError());
    QStringList problems;
    QByteArray previous;
    while (rows.next()) {
        const QByteArray stored = rows.value(HashedColumnCount).toByteArray();
        const qint64 id = rows.value(0).toLongLong();
        if (stored.isEmpty())
            problems << tr("Audit record %1 was written outside Dotpha: it carries no seal.").arg(id);
        else if (stored != hashOf(previous, rows))
            problems << tr("Audit record %1 does not match its seal: it, or the record before it, was changed or "
                           "removed outside Dotpha.").arg(id);
        previous = stored;
    }
    return problems;
}

} // namespace dotpha
