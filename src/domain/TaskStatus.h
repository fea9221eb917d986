#pragma once

#include "EnumCodes.h"

namespace dotpha {

// Where a registration stands in review. Execution (on track, behind schedule) is derived from
// deadline and progress, not stored.
enum class TaskStatus {
    Draft,
    Submitted,
    Approved,
    Returned,
    Rejected,
};

template <>
struct EnumCodeTable<TaskStatus>
{
    static constexpr CodeEntries<TaskStatus, 5> entries{{
        {TaskStatus::Draft, u"draft"},
        {TaskStatus::Submitted, u"submitted"},
        {TaskStatus::Approved, u"approved"},
        {TaskStatus::Returned, u"returned"},
        {TaskStatus::Rejected, u"rejected"},
    }};
};

} // namespace dotpha
