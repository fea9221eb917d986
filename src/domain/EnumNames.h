#pragma once

#include "DecisionKind.h"
#include "Rating.h"
#include "TaskKind.h"
#include "TaskNature.h"
#include "TaskOrigin.h"
#include "TaskStatus.h"
#include "UnitKind.h"
#include "UserRole.h"

#include <QCoreApplication>

namespace dotpha {

// The translated names of the stored enums, for the interface and for messages.
class EnumNames
{
    Q_DECLARE_TR_FUNCTIONS(EnumNames)

public:
    static QString name(UnitKind kind);
    static QString name(TaskKind kind);
    static QString name(TaskNature nature);
    static QString name(TaskOrigin origin);
    static QString name(TaskStatus status);
    static QString name(Rating rating);
    static QString name(DecisionKind kind);
    static QString name(UserRole role);
};

} // namespace dotpha
