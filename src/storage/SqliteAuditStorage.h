#pragma once

#include "AuditStorage.h"

namespace dotpha {

class Database;

// A file's audit trail: who acts is told to its temporary triggers (AuditTriggers), and a record's
// snapshot is the triggers' own JSON (AuditSchema::snapshotOf).
class SqliteAuditStorage final : public AuditStorage
{
public:
    explicit SqliteAuditStorage(Database &database) : m_database(database) {}

    SqlConnection &database() override;
    Status setActor(std::optional<qint64> userId, const QString &name) override;
    Status setNote(const QString &note) override;
    Result<QList<AuditSchema::Column>> columnsOf(const QString &table) override;
    QString recordsQuery(const AuditSchema::Table &table, const QList<AuditSchema::Column> &columns,
                         bool onlyOne) const override;
    bool readsSideBySide() const override { return true; }

private:
    Database &m_database;
};

} // namespace dotpha
