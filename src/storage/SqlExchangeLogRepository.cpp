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

} // namespace dotpha
