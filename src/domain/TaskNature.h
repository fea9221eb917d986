#pragma once

#include "EnumCodes.h"

namespace dotpha {

// Why a task counts as a breakthrough: new, difficult, or fixing a long-standing shortcoming.
enum class TaskNature {
    Breakthrough,
    New,
    Difficult,
    Shortcoming,
};

template <>
struct EnumCodeTable<TaskNature>
{
    static constexpr CodeEntries<TaskNature, 4> entries{{
        {TaskNature::Breakthrough, u"breakthrough"},
        {TaskNature::New, u"new"},
        {TaskNature::Difficult, u"difficult"},
        {TaskNature::Shortcoming, u"shortcoming"},
    }};
};

} // namespace dotpha
