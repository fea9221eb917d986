#include "YearFigures.h"

#include <numeric>

namespace dotpha {

int YearFigures::UnitGroup::units() const
{
    return std::accumulate(unitsByKind.cbegin(), unitsByKind.cend(), 0);
}

} // namespace dotpha
