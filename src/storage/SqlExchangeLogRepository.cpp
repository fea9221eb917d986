#include "SqlExchangeLogRepository.h"

#include "SqlValue.h"
#include "TextFolding.h"

using namespace Qt::StringLiterals;

namespace dotpha {

SqlExchangeLogRepository::SqlExchangeLogRepository(SqlConnection &database)
    : m_table(database, u"exchange_sent"_s, tr("package sent"))
{
}

Result<qint64> SqlExchangeLogRepository::nextSequence(const QString &receiver, SentPackage::Kind kind)
{
    Result<QList<qint64>> last = m_table.select<qint64>(
        u"SELECT coalesce(max(sequence), 0) FROM exchange_sent WHERE receiver_folded = ? AND kind = ?"_s,
        {TextFolding::fold(receiver), toCode(kind)}, [](const QSqlQuery &query) { return query.value(0).toLongLong(); });
    if (!last)
        return last.error();
    return (last->isEmpty() ? 0 : last->constFirst()) + 1;
}

Result<qint64> SqlExchangeLogRepository::recordSent(const SentPackage &package)
{
    return m_table.insert(u"INSERT INTO exchange_sent (receiver, receiver_folded, kind, year, sequence, manifest_sha256, "
                          "sent_by, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, "_s
                              + m_table.database().now() + u")"_s,
                          {package.receiver.trimmed(), TextFolding::fold(package.receiver), toCode(package.kind),
                           package.year, package.sequence, package.manifestSha256, SqlValue::of(package.sentBy)});
}

Result<QList<SentPackage>> SqlExchangeLogRepository::sent()
{
    return m_table.select<SentPackage>(
        u"SELECT id, receiver, kind, year, sequence, manifest_sha256, sent_by, sent_at FROM exchange_sent ORDER BY id"_s, {},
        [](const QSqlQuery &query) {
            SentPackage package;
            package.id = query.value(0).toLongLong();
            package.receiver = query.value(1).toString();
            package.kind = fromCode<SentPackage::Kind>(query.value(2).toString()).value_or(SentPackage::Kind::Registrations);
            package.year = query.value(3).toInt();
            package.sequence = query.value(4).toLongLong();
            package.manifestSha256 = query.value(5).toString();
            if (!query.value(6).isNull())
                package.sentBy = query.value(6).toLongLong();
            package.sentAt = SqlValue::dateTime(query.value(7));
            return package;
        });
}

} // namespace dotpha
