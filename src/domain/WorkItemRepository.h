#pragma once

#include "Result.h"
#include "WorkItem.h"

#include <QList>

namespace dotpha {

// Versioning as in UnitRepository.
class WorkItemRepository
{
public:
    virtual ~WorkItemRepository() = default;
    virtual Result<qint64> add(const WorkItem &item) = 0;
    virtual Result<int> update(const WorkItem &item) = 0;
    virtual Status remove(qint64 id, int version) = 0;
    // In position order.
    virtual Result<QList<WorkItem>> ofTask(qint64 taskId) = 0;
};

} // namespace dotpha
