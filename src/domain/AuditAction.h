#pragma once

#include "EnumCodes.h"

namespace dotpha {

enum class AuditAction {
    Insert,
    Update,
    Delete,
};

template <>
struct EnumCodeTable<AuditAction>
{
    static constexpr CodeEntries<AuditAction, 3> entries{{
        {AuditAction::Insert, u"insert"},
        {AuditAction::Update, u"update"},
        {AuditAction::Delete, u"delete"},
    }};
};

} // namespace dotpha
