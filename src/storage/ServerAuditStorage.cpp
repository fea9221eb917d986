#include "ServerAuditStorage.h"

#include "ServerDatabase.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dotpha {

SqlConnection &ServerAuditStorage::database()
{
    return m_database;
}

Status ServerAuditStorage::setActor(std::optional<qint64> userId, const QString &name)
{
    return m_database.setActor(userId, name);
}

Status ServerAuditStorage::setNote(const QString &note)
{
    return m_database.setNote(note);
}

Result<QList<AuditSchema::Column>> ServerAuditStorage::columnsOf(const QString &table)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT column_name, data_type FROM information_schema.columns "
                  "WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position"_s);
    query.addBindValue(table);
    if (!query.exec())
        return m_database.errorOf(query.lastError());
    QList<AuditSchema::Column> columns;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (!AuditSchema::isBookkeeping(name))
            columns.append({name, query.value(1).toString() == u"bytea"_s});
    }
    return columns;
}

// The snapshot the trail's triggers write (dotpha_audit_<table>), word for word: every column of the row as jsonb, bookkeeping
// and the password hash left out, each value as the trail's text. Names are ours (AuditSchema);
// only the key is bound.
QString ServerAuditStorage::recordsQuery(const AuditSchema::Table &table, const QList<AuditSchema::Column> &columns,
                                         bool onlyOne) const
{
    // The columns this login may read (a whole row needs them all, and the password hash is the
    // owner's), with the key; the trail's snapshot holds no more.
    QStringList readable{u"\"%1\""_s.arg(table.key)};
    for (const AuditSchema::Column &column : columns) {
        if (column.name != table.key && column.name != u"password_hash"_s)
            readable << u"\"%1\""_s.arg(column.name);
    }
    const QString filter = onlyOne ? u" WHERE r.%1 = ?"_s.arg(table.key) : QString();
    return u"SELECT r.%1, (SELECT jsonb_object_agg(e.key, dotpha_audit_text(e.value)) FROM jsonb_each(to_jsonb(r)) AS e "
           "WHERE NOT dotpha_audit_is_bookkeeping(e.key))::text "
           "FROM (SELECT %4 FROM public.%2) AS r%3 ORDER BY r.%1"_s.arg(table.key, table.name, filter, readable.join(u", "_s));
}

} // namespace dotpha
