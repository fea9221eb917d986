#pragma once

#include "EnumCodes.h"

namespace dotpha {

// Year-end rating levels, best first.
enum class Rating {
    Excellent,
    Good,
    Completed,
    NotCompleted,
};

template <>
struct EnumCodeTable<Rating>
{
    static constexpr CodeEntries<Rating, 4> entries{{
        {Rating::Excellent, u"excellent"},
        {Rating::Good, u"good"},
        {Rating::Completed, u"completed"},
        {Rating::NotCompleted, u"not_completed"},
    }};
};

} // namespace dotpha
