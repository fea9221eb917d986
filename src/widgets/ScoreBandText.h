#pragma once

#include "Rating.h"
#include "ScoreThresholds.h"

#include <QCoreApplication>
#include <QString>

namespace dotpha {

// "70-89 points": the scores that suggest a level, in the interface's language, for the decision
// dialog's suggestion and the summary's chart alike (printed documents word it in VietnameseTerms).
class ScoreBandText
{
    Q_DECLARE_TR_FUNCTIONS(ScoreBandText)

public:
    static QString of(Rating level, const ScoreThresholds &thresholds);
};

} // namespace dotpha
