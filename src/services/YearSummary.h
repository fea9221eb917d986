#pragma once

#include "YearFigures.h"

#include <QString>

namespace dotpha {

// A year's figures with the sentence that reports them.
struct YearSummary
{
    QString committeeName;
    YearFigures figures;
    QString sentence;
};

} // namespace dotpha
