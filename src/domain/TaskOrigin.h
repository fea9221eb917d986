#pragma once

#include "EnumCodes.h"

namespace dotpha {

// How a task came to exist: registered by its owner, assigned by the Standing Committee, or added
// by a reviewer as a supplement.
enum class TaskOrigin {
    Registered,
    Assigned,
    Supplemented,
};

template <>
struct EnumCodeTable<TaskOrigin>
{
    static constexpr CodeEntries<TaskOrigin, 3> entries{{
        {TaskOrigin::Registered, u"registered"},
        {TaskOrigin::Assigned, u"assigned"},
        {TaskOrigin::Supplemented, u"supplemented"},
    }};
};

} // namespace dotpha
