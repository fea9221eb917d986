#pragma once

#include "UnitKind.h"

#include <QString>

#include <optional>

namespace dotpha {

// An agency, commune, township or Party organisation that registers collective tasks and whose
// leaders register individual ones. After a merger the unit stays, with its old name and kind,
// and points at its successor.
struct Unit
{
    qint64 id = 0;
    QString name;
    UnitKind kind = UnitKind::Agency;
    std::optional<qint64> parentId;
    std::optional<int> activeFromYear;
    std::optional<int> activeToYear;
    std::optional<qint64> successorId;
    int version = 0;   // optimistic lock: the version this copy was read at
};

} // namespace dotpha
