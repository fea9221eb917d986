#pragma once

#include "Result.h"
#include "YearFigures.h"

#include <QList>

namespace dotpha {

// Aggregates computed where the data is, so that a summary of 100,000 tasks reads counts, not rows.
class FiguresRepository
{
public:
    virtual ~FiguresRepository() = default;
    virtual Result<YearFigures> figuresOf(int year) = 0;
    // The years that have tasks, ascending.
    virtual Result<QList<int>> years() = 0;
};

} // namespace dotpha
