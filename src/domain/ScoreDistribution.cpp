#include "ScoreDistribution.h"

#include <QHash>

#include <algorithm>

namespace dotpha {

ScoreDistribution::ScoreDistribution(const QList<Task> &approvedTasks, const ScoreThresholds &thresholds)
    : m_thresholds(thresholds)
{
    QHash<qint64, UnitScore> units;
    for (const Task &task : approvedTasks) {
        if (!task.score) {
            ++m_unscored;
            continue;
        }
        ++m_scored;
        m_sum += *task.score;
        ++m_byBand[thresholds.suggested(*task.score)];
        if (task.kind != TaskKind::Collective)
            continue;
        UnitScore &unit = units[task.unitId];
        unit.unitId = task.unitId;
        unit.unitName = task.unitNameAtRegistration;
        unit.average += *task.score;   // the sum until divided below
        ++unit.scoredTasks;
    }
    for (UnitScore unit : std::as_const(units)) {
        unit.average /= unit.scoredTasks;
        m_units << unit;
    }
    std::sort(m_units.begin(), m_units.end(), [](const UnitScore &a, const UnitScore &b) {
        return a.average != b.average ? a.average > b.average : a.unitName < b.unitName;
    });
}

std::optional<double> ScoreDistribution::average() const
{
    return m_scored > 0 ? std::optional<double>(m_sum / m_scored) : std::nullopt;
}

} // namespace dotpha
