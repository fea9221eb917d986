#pragma once

#include "AuditHead.h"

#include <QCoreApplication>

namespace dotpha {

// The head of the change log in a sentence, for the year-end report, the change-log export and
// the command line: how many records, up to when, and the code to check a later copy against.
class AuditHeadText
{
    Q_DECLARE_TR_FUNCTIONS(AuditHeadText)

public:
    static QString describe(const AuditHead &head);
};

} // namespace dotpha
