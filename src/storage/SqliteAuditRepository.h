#pragma once

#include "AuditRepository.h"
#include "Database.h"
#include "SqlTable.h"

#include <QCoreApplication>

namespace dotpha {

class SqliteAuditRepository final : public AuditRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqliteAuditRepository)

public:
    explicit SqliteAuditRepository(Database &database);

    Status setActor(std::optional<qint64> userId, const QString &name) override;
    Status setNote(const QString &note) override;
    Result<QList<AuditEntry>> ofTask(qint64 taskId) override;
    Result<QList<AuditEntry>> page(int offset, int limit) override;
    Result<int> count() override;
    Result<QStringList> verify() override;
    Result<std::optional<AuditHead>> head() override;
    Result<QStringList> verifyHead(const AuditHead::Expected &expected) override;
    Result<QList<AuditDiscrepancy>> discrepanciesOf(const QString &entity, qint64 id) override;
    Result<bool> hasHistoryOf(const QString &entity) override;

private:
    Database &m_database;   // the trail's checks and context are a file's (AuditChain, AuditTriggers)
    SqlTable m_table;
};

} // namespace dotpha
