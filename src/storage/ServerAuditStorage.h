#pragma once

#include "AuditStorage.h"

namespace dotpha {

class ServerDatabase;

// The server's audit trail: who acts is set in each write transaction (ServerDatabase::setActor),
// and a record's snapshot is built by the same SQL functions as the triggers dotpha_audit_<table>() build
// it (ServerSchemaMigrations, version 2), whose jsonb text is canonical.
class ServerAuditStorage final : public AuditStorage
{
public:
    explicit ServerAuditStorage(ServerDatabase &database) : m_database(database) {}

    SqlConnection &database() override;
    Status setActor(std::optional<qint64> userId, const QString &name) override;
    Status setNote(const QString &note) override;
    Result<QList<AuditSchema::Column>> columnsOf(const QString &table) override;
    QString recordsQuery(const AuditSchema::Table &table, const QList<AuditSchema::Column> &columns,
                         bool onlyOne) const override;
    // QPSQL reads a forward-only result row by row only while no other query runs on the connection.
    bool readsSideBySide() const override { return false; }

private:
    ServerDatabase &m_database;
};

} // namespace dotpha
