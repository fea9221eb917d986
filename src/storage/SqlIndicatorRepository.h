#pragma once

#include "IndicatorRepository.h"
#include "SqlTable.h"

#include <QCoreApplication>

namespace dotpha {

class SqlIndicatorRepository final : public IndicatorRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqlIndicatorRepository)

public:
    explicit SqlIndicatorRepository(SqlConnection &database);

    Result<qint64> add(const Indicator &indicator) override;
    Result<int> update(const Indicator &indicator) override;
    Status remove(qint64 id, int version) override;
    Result<QList<Indicator>> ofTask(qint64 taskId) override;

    Result<qint64> addValue(const IndicatorValue &value) override;
    Status removeValue(qint64 valueId) override;
    Result<IndicatorValue> findValue(qint64 valueId) override;
    Result<QList<IndicatorValue>> valuesOf(qint64 indicatorId) override;

private:
    SqlTable m_indicators;
    SqlTable m_values;
};

} // namespace dotpha
