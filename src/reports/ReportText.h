#pragma once

#include "AuditHead.h"
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
    // The change log's head as the document states it, for a later check against the file.
    static QString auditHead(const AuditHead &head);
};

} // namespace dotpha
