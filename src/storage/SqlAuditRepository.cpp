#include "SqlAuditRepository.h"

#include "AuditChain.h"
#include "AuditReplay.h"
#include "SqlValue.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

const QString Columns =
    u"id, recorded_at, actor_id, actor, action, entity, entity_id, task_id, field, old_value, new_value, note"_s;

std::optional<QString> optionalText(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

AuditEntry readEntry(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.recordedAt = SqlValue::dateTime(query.value(1));
    entry.actorId = SqlValue::optionalId(query.value(2));
    entry.actor = query.value(3).toString();
    entry.action = fromCode<AuditAction>(query.value(4).toString()).value_or(AuditAction::Update);
    entry.entity = query.value(5).toString();
    entry.entityId = query.value(6).toLongLong();
    entry.taskId = SqlValue::optionalId(query.value(7));
    entry.field = query.value(8).toString();
    entry.oldValue = optionalText(query.value(9));
    entry.newValue = optionalText(query.value(10));
    entry.note = query.value(11).toString();
    return entry;
}

} // namespace

SqlAuditRepository::SqlAuditRepository(AuditStorage &storage)
    : m_storage(storage), m_table(storage.database(), u"audit_log"_s, tr("audit record"))
{
}

Status SqlAuditRepository::setActor(std::optional<qint64> userId, const QString &name)
{
    return m_storage.setActor(userId, name);
}

Status SqlAuditRepository::setNote(const QString &note)
{
    return m_storage.setNote(note);
}

Result<QList<AuditEntry>> SqlAuditRepository::ofTask(qint64 taskId)
{
    return m_table.select<AuditEntry>(u"SELECT "_s + Columns + u" FROM audit_log WHERE task_id = ? ORDER BY id"_s,
                                      {taskId}, readEntry);
}

Result<QList<AuditEntry>> SqlAuditRepository::newest(int limit, std::optional<qint64> olderThan)
{
    return m_table.select<AuditEntry>(u"SELECT "_s + Columns + u" FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?"_s,
                                      {olderThan.value_or(std::numeric_limits<qint64>::max()), limit}, readEntry);
}

Result<int> SqlAuditRepository::count()
{
    return m_table.selectOne<int>(u"SELECT count(*) FROM audit_log"_s, {},
                                  [](const QSqlQuery &query) { return query.value(0).toInt(); });
}

Result<QList<AuditEntry>> SqlAuditRepository::after(qint64 lastSeen, int limit)
{
    return m_table.select<AuditEntry>(u"SELECT "_s + Columns + u" FROM audit_log WHERE id > ? ORDER BY id LIMIT ?"_s,
                                      {lastSeen, limit}, readEntry);
}

// The year's closing is the record of its closed_year row's insertion (its key is the year).
// A change made outside Dotpha after the year closed is one made outside the late amendment too.
QString SqlAuditRepository::outsideDotphaPattern()
{
    return QString(AuditEntry::OutsideDotphaNote) + u'%';
}

Result<QList<AuditEntry>> SqlAuditRepository::changesAfterClosing(int year, int limit)
{
    return m_table.select<AuditEntry>(
        u"SELECT "_s + Columns
            + u" FROM audit_log WHERE id > (SELECT min(id) FROM audit_log WHERE entity = 'closed_year' "
              "AND action = 'insert' AND entity_id = ?) AND task_id IN (SELECT id FROM task WHERE year = ?) "
              "AND (note = '' OR note LIKE ?) ORDER BY id LIMIT ?"_s,
        {year, year, outsideDotphaPattern(), limit}, readEntry);
}

Result<QList<AuditEntry>> SqlAuditRepository::madeOutsideDotpha(int limit)
{
    return m_table.select<AuditEntry>(u"SELECT "_s + Columns + u" FROM audit_log WHERE note LIKE ? ORDER BY id DESC LIMIT ?"_s,
                                      {outsideDotphaPattern(), limit}, readEntry);
}

Result<qint64> SqlAuditRepository::lastId()
{
    return m_table.selectOne<qint64>(u"SELECT coalesce(max(id), 0) FROM audit_log"_s, {},
                                     [](const QSqlQuery &query) { return query.value(0).toLongLong(); });
}

Result<QStringList> SqlAuditRepository::verify()
{
    Result<QStringList> problems = AuditChain::verify(m_storage.database());
    if (!problems)
        return problems;
    const Result<QList<AuditDiscrepancy>> discrepancies = AuditReplay::all(m_storage);
    if (!discrepancies)
        return discrepancies.error();
    for (const AuditDiscrepancy &discrepancy : *discrepancies)
        problems->append(AuditDiscrepancyText::describe(discrepancy));
    return problems;
}

Result<std::optional<AuditHead>> SqlAuditRepository::head()
{
    return AuditChain::head(m_storage.database());
}

Result<QStringList> SqlAuditRepository::verifyHead(const AuditHead::Expected &expected)
{
    return AuditChain::verifyHead(m_storage.database(), expected);
}

Result<QList<AuditDiscrepancy>> SqlAuditRepository::discrepanciesOf(const QString &entity, qint64 id)
{
    return AuditReplay::record(m_storage, entity, id);
}

Result<bool> SqlAuditRepository::hasHistoryOf(const QString &entity)
{
    bool found = false;
    const Status done = m_table.run(u"SELECT 1 FROM audit_log WHERE entity = ? LIMIT 1"_s, {entity},
                                    [&](const QSqlQuery &) { found = true; });
    if (!done)
        return done.error();
    return found;
}

} // namespace dotpha
