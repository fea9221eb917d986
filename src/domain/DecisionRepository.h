#pragma once

#include "Decision.h"
#include "Result.h"

#include <QHash>
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
    // The decisions on a year's tasks, each task's oldest first, without the before and after
    // snapshots: what was decided on which task and when.
    virtual Result<QList<Decision>> ofYearWithoutSnapshots(int year) = 0;
    // How many decisions of a kind each task of a year has, by task id (tasks with none left out).
    virtual Result<QHash<qint64, int>> countsByTask(int year, DecisionKind kind) = 0;
};

} // namespace dotpha
