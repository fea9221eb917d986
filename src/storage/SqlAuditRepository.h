#pragma once

#include "AuditRepository.h"
#include "AuditStorage.h"
#include "SqlTable.h"

#include <QCoreApplication>

namespace dotpha {

// The audit trail as services read it, the same statements on a file and on the server; what
// differs (saying who acts, reading records for the replay) is the backend's AuditStorage.
class SqlAuditRepository final : public AuditRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqlAuditRepository)

public:
    explicit SqlAuditRepository(AuditStorage &storage);

    Status setActor(std::optional<qint64> userId, const QString &name) override;
    Status setNote(const QString &note) override;
    Result<QList<AuditEntry>> ofTask(qint64 taskId) override;
    Result<QList<AuditEntry>> newest(int limit, std::optional<qint64> olderThan = std::nullopt) override;
    Result<int> count() override;
    Result<QList<AuditEntry>> after(qint64 lastSeen, int limit) override;
    Result<QList<AuditEntry>> changesAfterClosing(int year, int limit) override;
    Result<qint64> lastId() override;
    Result<QList<AuditEntry>> madeOutsideDotpha(int limit) override;
    Result<QStringList> verify() override;
    Result<std::optional<AuditHead>> head() override;
    Result<QStringList> verifyHead(const AuditHead::Expected &expected) override;
    Result<QList<AuditDiscrepancy>> discrepanciesOf(const QString &entity, qint64 id) override;
    Result<bool> hasHistoryOf(const QString &entity) override;

private:
    static QString outsideDotphaPattern();

    AuditStorage &m_storage;
    SqlTable m_table;
};

} // namespace dotpha
