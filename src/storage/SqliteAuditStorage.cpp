#include "SqliteAuditStorage.h"

#include "AuditTriggers.h"
#include "Database.h"

using namespace Qt::StringLiterals;

namespace dotpha {

SqlConnection &SqliteAuditStorage::database()
{
    return m_database;
}

Status SqliteAuditStorage::setActor(std::optional<qint64> userId, const QString &name)
{
    return AuditTriggers::setActor(m_database, userId, name);
}

Status SqliteAuditStorage::setNote(const QString &note)
{
    return AuditTriggers::setNote(m_database, note);
}

Result<QList<AuditSchema::Column>> SqliteAuditStorage::columnsOf(const QString &table)
{
    return AuditSchema::columnsOf(m_database, table);
}

// Names are ours (AuditSchema); only the key is bound. The snapshot expression is the triggers'
// own, so that an unchanged record gives the very text its snapshot holds.
QString SqliteAuditStorage::recordsQuery(const AuditSchema::Table &table, const QList<AuditSchema::Column> &columns,
                                         bool onlyOne) const
{
    const QString filter = onlyOne ? u" WHERE r.%1 = ?"_s.arg(table.key) : QString();
    return u"SELECT r.%1, %2 FROM main.%3 AS r%4 ORDER BY r.%1"_s.arg(
        table.key, AuditSchema::snapshotOf(columns, u"r"_s), table.name, filter);
}

} // namespace dotpha
