#pragma once

#include "Repositories.h"
#include "Result.h"
#include "ScoreThresholds.h"
#include "User.h"

#include <QCoreApplication>

namespace dotpha {

// The committee's score thresholds (ScoreThresholds), kept with its settings: read by whoever
// scores or prints, the defaults 90 / 70 / 50 when the committee has set none; set by an
// administrator, checked and written in one transaction, recorded in the change log. A year
// closed keeps those it was closed under.
class ScoreThresholdsService
{
    Q_DECLARE_TR_FUNCTIONS(ScoreThresholdsService)

public:
    explicit ScoreThresholdsService(Repositories &repositories) : m_repositories(repositories) {}

    Result<ScoreThresholds> current();
    // What a year's scores are read against: a closed year's own thresholds, else the current.
    Result<ScoreThresholds> forYear(int year);
    Status set(const User &actor, const ScoreThresholds &thresholds);

private:
    Repositories &m_repositories;
};

} // namespace dotpha
