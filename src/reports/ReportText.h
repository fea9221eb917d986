#pragma once

#include "DecisionKind.h"
#include "Rating.h"
#include "TaskNature.h"
#include "TaskStatus.h"
#include "UnitKind.h"

#include <QString>

namespace dotpha {

struct Task;

// Wording of printed documents beyond the terms of VietnameseTerms: how an owner is named.
class ReportText
{
public:
    static QString owner(const Task &task);
    static QString roman(int number);
};

} // namespace dotpha
