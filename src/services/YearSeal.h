#pragma once

#include "Repositories.h"
#include "Result.h"

#include <QCoreApplication>

namespace dotpha {

// The rule of a closed year: nothing of it changes, except through an administrator's late
// amendment (ReviewService::amendLate), which is recorded as such.
class YearSeal
{
    Q_DECLARE_TR_FUNCTIONS(YearSeal)

public:
    // Refused when year is closed.
    static Status ensureOpen(Repositories &repositories, int year);
    // What a change in a closed year is told, and what the windows say of what they keep closed.
    static QString closedMessage(int year);
};

} // namespace dotpha
