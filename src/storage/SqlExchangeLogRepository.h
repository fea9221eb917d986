#pragma once

#include "ExchangeLogRepository.h"
#include "SqlTable.h"

#include <QCoreApplication>

namespace dotpha {

class SqlExchangeLogRepository final : public ExchangeLogRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqlExchangeLogRepository)

public:
    explicit SqlExchangeLogRepository(SqlConnection &database);

    Result<qint64> nextSequence(const QString &receiver, SentPackage::Kind kind) override;
    Result<qint64> recordSent(const SentPackage &package) override;

private:
    SqlTable m_table;
};

} // namespace dotpha
