#pragma once

#include "Indicator.h"
#include "IndicatorValue.h"
#include "Result.h"

#include <QList>

namespace dotpha {

// Indicators are versioned as in UnitRepository; their dated values are measurements, added and
// removed but not edited.
class IndicatorRepository
{
public:
    virtual ~IndicatorRepository() = default;
    virtual Result<qint64> add(const Indicator &indicator) = 0;
    virtual Result<int> update(const Indicator &indicator) = 0;
    virtual Status remove(qint64 id, int version) = 0;
    virtual Result<QList<Indicator>> ofTask(qint64 taskId) = 0;

    virtual Result<qint64> addValue(const IndicatorValue &value) = 0;
    virtual Status removeValue(qint64 valueId) = 0;
    virtual Result<IndicatorValue> findValue(qint64 valueId) = 0;
    // Oldest first.
    virtual Result<QList<IndicatorValue>> valuesOf(qint64 indicatorId) = 0;
};

} // namespace dotpha
