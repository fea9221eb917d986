#include "AuditChain.h"

#include "SqlConnection.h"
#include "SqlErrors.h"
#include "SqlValue.h"

#include <QCryptographicHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

// The fields a hash covers, in this order, then the snapshot when there is one. Changing the list
// breaks every existing chain: it is part of the file format (docs/schema.md).
const QString HashedColumns =
    u"id, recorded_at, actor_id, actor, action, entity, entity_id, task_id, field, old_value, new_value, note"_s;
constexpr int HashedColumnCount = 12;
constexpr int LegacyHashColumn = HashedColumnCount;
constexpr int SnapshotColumn = HashedColumnCount + 1;
constexpr int IdColumn = HashedColumnCount + 2;

// Each hashed value as the bytes of its text (CAST AS BLOB): UTF-8 straight from the file, with
// no round trip through QString. A separator that no text holds, and a marker that tells NULL
// from the empty text.
void addFields(QCryptographicHash &hash, const QSqlQuery &row)
{
    for (int i = 0; i < HashedColumnCount; ++i) {
        const QVariant value = row.value(i);
        hash.addData(QByteArrayView("\x1f", 1));
        if (value.isNull())
            hash.addData(QByteArrayView("\x00", 1));
        else
            hash.addData(*static_cast<const QByteArray *>(value.constData()));
    }
}

// Format 2: each record chained to the one before it.
QByteArray legacyHashOf(const QByteArray &previous, const QSqlQuery &row)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous);
    addFields(hash, row);
    return hash.result();
}

// Format 3: each record's own hash; a seal keeps those of its transaction's records and chains
// their concatenation to the previous seal.
QByteArray recordHashOf(const QSqlQuery &row)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addFields(hash, row);
    const QVariant snapshot = row.value(SnapshotColumn);
    if (!snapshot.isNull()) {
        hash.addData(QByteArrayView("\x1d", 1));
        hash.addData(*static_cast<const QByteArray *>(snapshot.constData()));
    }
    return hash.result();
}

QByteArray sealHashOf(const QByteArray &previous, const QByteArray &recordHashes)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous);
    hash.addData(recordHashes);
    return hash.result();
}

constexpr int RecordHashLength = 32;

// Each value as the bytes of its text, as the connection's database writes them.
QString rowQuery(const SqlConnection &database)
{
    QStringList selected;
    for (const QString &column : HashedColumns.split(u", "_s))
        selected << database.bytesOfText(column);
    return u"SELECT "_s + selected.join(u", "_s) + u", hash, "_s + database.bytesOfText(u"snapshot"_s)
           + u", id FROM audit_log"_s;
}

Result<QByteArray> previousSeal(SqlConnection &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"SELECT hash FROM audit_seal ORDER BY last_id DESC LIMIT 1"_s))
        return database.errorOf(query.lastError());
    if (query.next())
        return query.value(0).toByteArray();
    if (!query.exec(u"SELECT hash FROM audit_log WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1"_s))
        return database.errorOf(query.lastError());
    return query.next() ? query.value(0).toByteArray() : QByteArray();
}

struct Seal
{
    qint64 firstId = 0;
    qint64 lastId = 0;
    QByteArray recordHashes;
    QByteArray hash;
};

Result<QList<Seal>> sealsOf(SqlConnection &database)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT first_id, last_id, record_hashes, hash FROM audit_seal ORDER BY last_id"_s))
        return database.errorOf(query.lastError());
    QList<Seal> seals;
    while (query.next())
        seals.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toByteArray(),
                      query.value(3).toByteArray()});
    return seals;
}

// Walks the records in id order beside the seals: each record against its own hash in its seal,
// each seal against its records and the seal before it.
class Verifier
{
public:
    explicit Verifier(QList<Seal> seals) : m_seals(std::move(seals)) {}

    void add(const QSqlQuery &row)
    {
        const qint64 id = row.value(IdColumn).toLongLong();
        closeSealsBefore(id);
        if (m_next < m_seals.size() && id >= m_seals.at(m_next).firstId) {
            m_records.append({id, recordHashOf(row)});
            if (id == m_seals.at(m_next).lastId)
                closeSeal();
            return;
        }
        const QByteArray legacy = row.value(LegacyHashColumn).toByteArray();
        if (legacy.isEmpty() || (!m_seals.isEmpty() && id > m_seals.constFirst().firstId)) {
            problems << AuditChain::tr("Audit record %1 was written outside Dotpha: it carries no seal.").arg(id);
            return;
        }
        if (legacy != legacyHashOf(m_previous, row))
            problems << AuditChain::tr("Audit record %1 does not match its seal: it, or the record before it, was "
                                       "changed or removed outside Dotpha.").arg(id);
        m_previous = legacy;
    }

    void finish() { closeSealsBefore(std::numeric_limits<qint64>::max()); }

    QStringList problems;

private:
    // A seal whose last record never came lost it, or others of its records.
    void closeSealsBefore(qint64 id)
    {
        while (m_next < m_seals.size() && m_seals.at(m_next).lastId < id)
            closeSeal();
    }

    void closeSeal()
    {
        const Seal &seal = m_seals.at(m_next);
        if (seal.hash != sealHashOf(m_previous, seal.recordHashes))
            problems << AuditChain::tr("The seal of audit records %1 to %2 was changed outside Dotpha.")
                            .arg(seal.firstId).arg(seal.lastId);
        const qsizetype sealed = seal.recordHashes.size() / RecordHashLength;
        if (sealed != m_records.size()) {
            problems << AuditChain::tr("Audit records %1 to %2 were sealed as %3 records and are now %4: records were "
                                       "removed or slipped in outside Dotpha.")
                            .arg(seal.firstId).arg(seal.lastId).arg(sealed).arg(m_records.size());
        } else {
            for (qsizetype i = 0; i < sealed; ++i) {
                if (seal.recordHashes.mid(i * RecordHashLength, RecordHashLength) != m_records.at(i).second)
                    problems << AuditChain::tr("Audit record %1 does not match its seal: it was changed outside "
                                               "Dotpha.").arg(m_records.at(i).first);
            }
        }
        m_previous = seal.hash;
        m_records.clear();
        ++m_next;
    }

    QList<Seal> m_seals;
    qsizetype m_next = 0;
    QByteArray m_previous;
    QList<std::pair<qint64, QByteArray>> m_records;   // of the seal being read
};

} // namespace

Result<qint64> AuditChain::lastId(SqlConnection &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"SELECT coalesce(max(id), 0) FROM audit_log"_s))
        return database.errorOf(query.lastError());
    query.next();
    return query.value(0).toLongLong();
}

Status AuditChain::seal(SqlConnection &database, qint64 afterId)
{
    const Result<QByteArray> previous = previousSeal(database);
    if (!previous)
        return previous.error();
    QSqlQuery rows(database.connection());
    rows.setForwardOnly(true);
    rows.prepare(rowQuery(database) + u" WHERE id > ? ORDER BY id"_s);
    rows.bindValue(0, afterId);
    if (!rows.exec())
        return database.errorOf(rows.lastError());
    QByteArray recordHashes;
    qint64 firstId = 0;
    qint64 lastId = 0;
    while (rows.next()) {
        lastId = rows.value(IdColumn).toLongLong();
        if (firstId == 0)
            firstId = lastId;
        recordHashes += recordHashOf(rows);
    }
    if (firstId == 0)
        return {};
    QSqlQuery store(database.connection());
    store.prepare(u"INSERT INTO audit_seal (last_id, first_id, record_hashes, hash) VALUES (?, ?, ?, ?)"_s);
    store.bindValue(0, lastId);
    store.bindValue(1, firstId);
    store.bindValue(2, recordHashes);
    store.bindValue(3, sealHashOf(*previous, recordHashes));
    if (!store.exec())
        return database.errorOf(store.lastError());
    return {};
}

Result<QStringList> AuditChain::verify(SqlConnection &database)
{
    Result<QList<Seal>> seals = sealsOf(database);
    if (!seals)
        return seals.error();
    Verifier verifier(std::move(seals).value());
    QSqlQuery rows(database.connection());
    rows.setForwardOnly(true);
    if (!rows.exec(rowQuery(database) + u" ORDER BY id"_s))
        return database.errorOf(rows.lastError());
    while (rows.next())
        verifier.add(rows);
    verifier.finish();
    return verifier.problems;
}

Result<std::optional<AuditHead>> AuditChain::head(SqlConnection &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"SELECT s.last_id, s.hash, (SELECT count(*) FROM audit_log), "
                    "(SELECT recorded_at FROM audit_log WHERE id = s.last_id) "
                    "FROM audit_seal AS s ORDER BY s.last_id DESC LIMIT 1"_s))
        return database.errorOf(query.lastError());
    if (!query.next())
        return std::optional<AuditHead>();
    AuditHead head;
    head.lastId = query.value(0).toLongLong();
    head.hash = query.value(1).toByteArray();
    head.records = query.value(2).toLongLong();
    head.recordedAt = SqlValue::dateTime(query.value(3));
    return std::optional<AuditHead>(head);
}

Result<QStringList> AuditChain::verifyHead(SqlConnection &database, const AuditHead::Expected &expected)
{
    QSqlQuery query(database.connection());
    query.prepare(u"SELECT hash FROM audit_seal WHERE last_id = ?"_s);
    query.bindValue(0, expected.lastId);
    if (!query.exec())
        return database.errorOf(query.lastError());
    if (!query.next())
        return QStringList{tr("No seal of the change log ends at record %1: records up to it were removed, or the log "
                              "was rebuilt outside Dotpha.").arg(expected.lastId)};
    if (!QString::fromLatin1(query.value(0).toByteArray().toHex()).startsWith(expected.hashPrefix))
        return QStringList{tr("The seal at record %1 is not the one recorded earlier (%2): the change log was rewritten "
                              "and sealed again outside Dotpha.").arg(expected.lastId).arg(expected.hashPrefix)};
    return QStringList();
}

} // namespace dotpha
