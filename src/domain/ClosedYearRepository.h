#pragma once

#include "Result.h"
#include "ScoreThresholds.h"

#include <QList>

#include <optional>

namespace dotpha {

// Years the committee has closed. A closed year is sealed: its tasks change only through an
// administrator's late amendment. It keeps the score thresholds it was closed under, so that a
// later change of the committee's does not rewrite its results.
class ClosedYearRepository
{
public:
    virtual ~ClosedYearRepository() = default;
    virtual Status close(int year, const QString &closedBy, const ScoreThresholds &thresholds) = 0;
    virtual Result<bool> isClosed(int year) = 0;
    // The thresholds a closed year was closed under; none for a year still open, or one closed
    // before the years kept them.
    virtual Result<std::optional<ScoreThresholds>> thresholdsOf(int year) = 0;
    // Ascending.
    virtual Result<QList<int>> all() = 0;
};

} // namespace dotpha
