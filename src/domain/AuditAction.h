#pragma once

#include "EnumCodes.h"

namespace dotpha {

enum class AuditAction {
    Insert,
    Update,
    Delete,
    Baseline,   // the record as it stood when the file was upgraded to data format 3
};

template <>
struct EnumCodeTable<AuditAction>
{
    static constexpr CodeEntries<AuditAction, 4> entries{{
        {AuditAction::Insert, u"insert"},
        {AuditAction::Update, u"update"},
        {AuditAction::Delete, u"delete"},
        {AuditAction::Baseline, u"baseline"},
    }};
};

} // namespace dotpha
