#pragma once

#include "EnumCodes.h"

namespace dotpha {

// What a reviewer decided about a task.
enum class DecisionKind {
    Approve,
    Adjust,
    Supplement,
    Assign,
    Return,
    Reject,
    Rate,
};

template <>
struct EnumCodeTable<DecisionKind>
{
    static constexpr CodeEntries<DecisionKind, 7> entries{{
        {DecisionKind::Approve, u"approve"},
        {DecisionKind::Adjust, u"adjust"},
        {DecisionKind::Supplement, u"supplement"},
        {DecisionKind::Assign, u"assign"},
        {DecisionKind::Return, u"return"},
        {DecisionKind::Reject, u"reject"},
        {DecisionKind::Rate, u"rate"},
    }};
};

} // namespace dotpha
