#include "ScoreBandText.h"

namespace dotpha {

QString ScoreBandText::of(Rating level, const ScoreThresholds &thresholds)
{
    const ScoreThresholds::Band band = thresholds.band(level);
    if (level == Rating::NotCompleted)
        return tr("under %1 points").arg(band.highest + 1);
    return tr("%1-%2 points").arg(band.lowest).arg(band.highest);
}

} // namespace dotpha
