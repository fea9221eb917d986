#pragma once

#include "EnumCodes.h"

namespace dotpha {

// Collective tasks belong to a unit; individual tasks to a leader of a unit.
enum class TaskKind {
    Collective,
    Individual,
};

template <>
struct EnumCodeTable<TaskKind>
{
    static constexpr CodeEntries<TaskKind, 2> entries{{
        {TaskKind::Collective, u"collective"},
        {TaskKind::Individual, u"individual"},
    }};
};

} // namespace dotpha
