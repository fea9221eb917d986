#pragma once

#include "TaskKind.h"
#include "TaskStatus.h"
#include "UnitKind.h"

#include <QtGlobal>

namespace dotpha {

// How many tasks of a year, not in the recycle bin, share an owning unit, a status, a kind and the
// owner's kind as registered; behindSchedule of them were behind schedule on the day asked about
// (TaskQuery::behindScheduleOn). Every count the navigator shows is a sum of these.
struct TaskTally
{
    qint64 unitId = 0;
    TaskStatus status = TaskStatus::Draft;
    TaskKind kind = TaskKind::Collective;
    UnitKind unitKind = UnitKind::Agency;
    int count = 0;
    int behindSchedule = 0;
};

} // namespace dotpha
