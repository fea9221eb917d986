#pragma once

#include "DecisionKind.h"
#include "Rating.h"
#include "TaskNature.h"
#include "TaskStatus.h"
#include "UnitKind.h"

#include <QString>

namespace dotpha {

struct Task;

// The Vietnamese wording of printed documents. Documents are always in Vietnamese, whatever the
// interface language, because they are the committee's official papers.
class ReportText
{
public:
    static QString status(TaskStatus status);
    static QString nature(TaskNature nature);
    static QString rating(Rating rating);
    static QString decision(DecisionKind kind);
    static QString unitKindPlural(UnitKind kind);
    static QString owner(const Task &task);
    static QString roman(int number);
};

} // namespace dotpha
