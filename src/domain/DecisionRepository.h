#pragma once

#include "Decision.h"
#include "Result.h"

#include <QList>

namespace dotpha {

// Decisions are a record: they are added, never changed or removed.
class DecisionRepository
{
public:
    virtual ~DecisionRepository() = default;
    virtual Result<qint64> add(const Decision &decision) = 0;
    // Oldest first.
    virtual Result<QList<Decision>> ofTask(qint64 taskId) = 0;
};

} // namespace dotpha
