#pragma once

#include "Result.h"
#include "SentPackage.h"

namespace dotpha {

// The packages this committee has sent, in the trail like every other record.
class ExchangeLogRepository
{
public:
    virtual ~ExchangeLogRepository() = default;
    // The sequence number the next package of kind to receiver takes: one more than the last one
    // sent (receivers compared ignoring case and accents), 1 for the first.
    virtual Result<qint64> nextSequence(const QString &receiver, SentPackage::Kind kind) = 0;
    virtual Result<qint64> recordSent(const SentPackage &package) = 0;
};

} // namespace dotpha
