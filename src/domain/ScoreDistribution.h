#pragma once

#include "Rating.h"
#include "ScoreThresholds.h"
#include "Task.h"

#include <QList>
#include <QMap>

#include <optional>

namespace dotpha {

// How the approved tasks of a year scored: how many fall in each level's band of the committee's
// thresholds (a score's suggested level, whatever level the reviewer chose) and how many have no
// score; the average score; and each unit's score, the average of its collective tasks' scores.
class ScoreDistribution
{
public:
    struct UnitScore
    {
        qint64 unitId = 0;
        QString unitName;   // as at registration
        int scoredTasks = 0;
        double average = 0;
    };

    ScoreDistribution(const QList<Task> &approvedTasks, const ScoreThresholds &thresholds);

    const ScoreThresholds &thresholds() const { return m_thresholds; }
    int inBandOf(Rating level) const { return m_byBand.value(level); }
    int scored() const { return m_scored; }
    int unscored() const { return m_unscored; }
    std::optional<double> average() const;
    // Units with a scored collective task, the best first (then by name).
    const QList<UnitScore> &units() const { return m_units; }

private:
    ScoreThresholds m_thresholds;
    QMap<Rating, int> m_byBand;
    int m_scored = 0;
    int m_unscored = 0;
    double m_sum = 0;
    QList<UnitScore> m_units;
};

} // namespace dotpha
