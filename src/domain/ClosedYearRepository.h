#pragma once

#include "Result.h"

#include <QList>

namespace dotpha {

// Years the committee has closed. A closed year is sealed: its tasks change only through an
// administrator's late amendment.
class ClosedYearRepository
{
public:
    virtual ~ClosedYearRepository() = default;
    virtual Status close(int year, const QString &closedBy) = 0;
    virtual Result<bool> isClosed(int year) = 0;
    // Ascending.
    virtual Result<QList<int>> all() = 0;
};

} // namespace dotpha
