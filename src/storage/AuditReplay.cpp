#include "AuditReplay.h"

#include "AuditStorage.h"
#include "PasswordHash.h"
#include "SqlConnection.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

using Values = QHash<QString, std::optional<QString>>;

std::optional<QString> textOf(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

Values valuesOfSnapshot(const QString &json)
{
    Values values;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        values.insert(it.key(), it.value().isNull() ? std::nullopt : std::optional<QString>(it.value().toString()));
    return values;
}

// What the trail says of one record, replayed entry by entry. The snapshot is kept as its text
// and read only when needed: a record unchanged since its snapshot is compared as one string.
struct RecordedState
{
    bool hasHistory = false;
    bool deleted = false;
    bool hasSnapshot = false;
    QString snapshot;
    QList<std::pair<QString, std::optional<QString>>> changes;   // after the snapshot, in order

    void apply(const QString &action, const QString &field, const QVariant &newValue, const QVariant &recorded)
    {
        hasHistory = true;
        if (action == u"delete"_s) {
            deleted = true;
            hasSnapshot = false;
            changes.clear();
        } else if (action == u"insert"_s || action == u"baseline"_s) {
            deleted = false;
            // Before data format 3 an insert named the record only: its values are known from the
            // changes after it, and from the baseline of the upgrade.
            hasSnapshot = !recorded.isNull();
            snapshot = recorded.toString();
            changes.clear();
        } else if (!field.isEmpty()) {
            changes.append({field, textOf(newValue)});   // a BLOB column's entry is never compared
        }
    }

    // The values the trail knows: the snapshot's, then each change.
    Values values() const
    {
        Values known = hasSnapshot ? valuesOfSnapshot(snapshot) : Values();
        for (const auto &[field, value] : changes)
            known.insert(field, value);
        return known;
    }
};

// A record as the database holds it: its key and its audited columns as the snapshot of a trigger
// would write them now.
struct StoredRecord
{
    qint64 key = 0;
    QString snapshot;
};

class TableReplay
{
public:
    TableReplay(AuditStorage &storage, const AuditSchema::Table &table, QList<AuditSchema::Column> columns)
        : m_storage(storage), m_table(table), m_columns(std::move(columns))
    {
    }

    Result<QList<AuditDiscrepancy>> run(std::optional<qint64> only);

private:
    Status openQueries(std::optional<qint64> only);
    bool readStored();
    void compare(qint64 key, const RecordedState *recorded, const StoredRecord *stored);
    void compareColumns(qint64 key, const Values &recorded, const Values &stored);
    void discrepancy(AuditDiscrepancy::Kind kind, qint64 key, const QString &label, const QString &column = {},
                     std::optional<QString> recorded = {}, std::optional<QString> stored = {})
    {
        m_found.append({kind, m_table.name, key, label, column, std::move(recorded), std::move(stored)});
    }
    QString labelOf(const Values &values) const { return values.value(m_table.label).value_or(QString()); }

    AuditStorage &m_storage;
    const AuditSchema::Table &m_table;
    QList<AuditSchema::Column> m_columns;
    QSqlQuery m_rows{m_storage.database().connection()};
    QSqlQuery m_trail{m_storage.database().connection()};
    bool m_moreRows = false;
    bool m_moreTrail = false;
    StoredRecord m_stored;
    QList<AuditDiscrepancy> m_found;
};

Status TableReplay::openQueries(std::optional<qint64> only)
{
    SqlConnection &database = m_storage.database();
    m_rows.setForwardOnly(m_storage.readsSideBySide());
    m_rows.prepare(m_storage.recordsQuery(m_table, m_columns, only.has_value()));
    if (only)
        m_rows.bindValue(0, *only);
    if (!m_rows.exec())
        return database.errorOf(m_rows.lastError());
    m_trail.setForwardOnly(m_storage.readsSideBySide());
    m_trail.prepare(u"SELECT entity_id, action, field, new_value, snapshot FROM audit_log WHERE entity = ?%1 "
                    "ORDER BY entity_id, id"_s.arg(only ? u" AND entity_id = ?"_s : QString()));
    m_trail.bindValue(0, m_table.name);
    if (only)
        m_trail.bindValue(1, *only);
    if (!m_trail.exec())
        return database.errorOf(m_trail.lastError());
    return {};
}

bool TableReplay::readStored()
{
    if (!m_rows.next())
        return false;
    m_stored.key = m_rows.value(0).toLongLong();
    m_stored.snapshot = m_rows.value(1).toString();
    return true;
}

// Both queries run in key order, so the records and their histories meet like two sorted lists.
Result<QList<AuditDiscrepancy>> TableReplay::run(std::optional<qint64> only)
{
    if (const Status opened = openQueries(only); !opened)
        return opened.error();
    m_moreRows = readStored();
    m_moreTrail = m_trail.next();
    while (m_moreRows || m_moreTrail) {
        const qint64 trailKey = m_moreTrail ? m_trail.value(0).toLongLong() : std::numeric_limits<qint64>::max();
        const qint64 rowKey = m_moreRows ? m_stored.key : std::numeric_limits<qint64>::max();
        const qint64 key = std::min(trailKey, rowKey);
        RecordedState recorded;
        while (m_moreTrail && m_trail.value(0).toLongLong() == key) {
            recorded.apply(m_trail.value(1).toString(), m_trail.value(2).toString(), m_trail.value(3), m_trail.value(4));
            m_moreTrail = m_trail.next();
        }
        compare(key, recorded.hasHistory ? &recorded : nullptr, rowKey == key ? &m_stored : nullptr);
        if (rowKey == key)
            m_moreRows = readStored();
    }
    return m_found;
}

void TableReplay::compare(qint64 key, const RecordedState *recorded, const StoredRecord *stored)
{
    if (!recorded) {
        discrepancy(AuditDiscrepancy::Kind::Unrecorded, key, labelOf(valuesOfSnapshot(stored->snapshot)));
        return;
    }
    if (!stored) {
        if (!recorded->deleted)
            discrepancy(AuditDiscrepancy::Kind::Removed, key, labelOf(recorded->values()));
        return;
    }
    if (recorded->deleted) {
        discrepancy(AuditDiscrepancy::Kind::Reappeared, key, labelOf(valuesOfSnapshot(stored->snapshot)));
        return;
    }
    if (recorded->hasSnapshot && recorded->changes.isEmpty() && recorded->snapshot == stored->snapshot)
        return;   // as inserted, or as the upgrade found it, and unchanged since
    compareColumns(key, recorded->values(), valuesOfSnapshot(stored->snapshot));
}

void TableReplay::compareColumns(qint64 key, const Values &recorded, const Values &stored)
{
    const QString label = labelOf(recorded);
    for (const AuditSchema::Column &column : std::as_const(m_columns)) {
        if (column.isBlob)
            continue;
        const auto known = recorded.constFind(column.name);
        std::optional<QString> expected;
        if (known != recorded.cend())
            expected = known.value();
        else if (const AuditSchema::AddedColumn *added = AuditSchema::addedColumn(m_table.name, column.name))
            expected = added->value;   // the trail is older than the column
        else
            continue;
        const std::optional<QString> value = stored.value(column.name);
        if (expected != value)
            discrepancy(AuditDiscrepancy::Kind::Changed, key, label, column.name, expected, value);
    }
}

// The trail names a password change without copying the hash; the fingerprint beside the hash is
// what it records, so a hash replaced on its own no longer matches it.
Result<QList<AuditDiscrepancy>> passwordsReplacedOutside(SqlConnection &database, std::optional<qint64> only)
{
    // On the server the hashes are the owner's: the owner's function compares them for everyone.
    if (!database.readsPasswordHashes()) {
        QSqlQuery query(database.connection());
        query.prepare(u"SELECT id, login FROM dotpha_passwords_replaced_outside(?)"_s);
        query.bindValue(0, only ? QVariant(*only) : QVariant(QMetaType::fromType<qint64>()));
        if (!query.exec())
            return database.errorOf(query.lastError());
        QList<AuditDiscrepancy> found;
        while (query.next())
            found.append({AuditDiscrepancy::Kind::Password, u"app_user"_s, query.value(0).toLongLong(),
                          query.value(1).toString(), u"password_hash"_s, {}, {}});
        return found;
    }
    QSqlQuery query(database.connection());
    query.prepare(u"SELECT id, login, password_salt, password_hash, password_iterations, password_fingerprint "
                  "FROM app_user"_s + (only ? u" WHERE id = ?"_s : QString()));
    if (only)
        query.bindValue(0, *only);
    if (!query.exec())
        return database.errorOf(query.lastError());
    QList<AuditDiscrepancy> found;
    while (query.next()) {
        const PasswordHash password(query.value(2).toByteArray(), query.value(3).toByteArray(), query.value(4).toInt());
        if (password.fingerprint() != query.value(5).toString())
            found.append({AuditDiscrepancy::Kind::Password, u"app_user"_s, query.value(0).toLongLong(),
                          query.value(1).toString(), u"password_hash"_s, {}, {}});
    }
    return found;
}

} // namespace

Result<QList<AuditDiscrepancy>> AuditReplay::replay(AuditStorage &storage, const AuditSchema::Table &table,
                                                    std::optional<qint64> only)
{
    const Result<QList<AuditSchema::Column>> columns = storage.columnsOf(table.name);
    if (!columns)
        return columns.error();
    Result<QList<AuditDiscrepancy>> found = TableReplay(storage, table, *columns).run(only);
    if (!found || table.name != u"app_user"_s)
        return found;
    const Result<QList<AuditDiscrepancy>> passwords = passwordsReplacedOutside(storage.database(), only);
    if (!passwords)
        return passwords.error();
    found->append(*passwords);
    return found;
}

Result<QList<AuditDiscrepancy>> AuditReplay::all(AuditStorage &storage)
{
    QList<AuditDiscrepancy> found;
    for (const AuditSchema::Table &table : AuditSchema::tables()) {
        const Result<QList<AuditDiscrepancy>> ofTable = replay(storage, table, std::nullopt);
        if (!ofTable)
            return ofTable.error();
        found.append(*ofTable);
    }
    return found;
}

Result<QList<AuditDiscrepancy>> AuditReplay::record(AuditStorage &storage, const QString &table, qint64 id)
{
    const AuditSchema::Table *described = AuditSchema::table(table);
    if (!described)
        return Error(Error::Kind::NotFound, QString(), u"no audited table "_s + table);
    return replay(storage, *described, id);
}

} // namespace dotpha
