#include "ScoreThresholdsService.h"

#include "ClosedYearRepository.h"
#include "CommitteeSettingChange.h"
#include "CommitteeSettingsRepository.h"

namespace dotpha {

Result<ScoreThresholds> ScoreThresholdsService::current()
{
    const Result<std::optional<CommitteeSettings>> settings = m_repositories.settings.load();
    if (!settings)
        return settings.error();
    return settings.value() ? settings.value()->scoreThresholds : ScoreThresholds();
}

Result<ScoreThresholds> ScoreThresholdsService::forYear(int year)
{
    const Result<std::optional<ScoreThresholds>> kept = m_repositories.closedYears.thresholdsOf(year);
    if (!kept)
        return kept.error();
    return kept.value() ? *kept.value() : current();
}

Status ScoreThresholdsService::set(const User &actor, const ScoreThresholds &thresholds)
{
    if (!thresholds.isValid())
        return Error(Error::Kind::Validation,
                     tr("The thresholds must go down from “excellent” to “completed”, each from 1 to 100 points "
                        "and above the next."));
    return CommitteeSettingChange::apply(
        m_repositories, actor, WorkflowPolicy::Action::SetScoreThresholds,
        tr("The committee is not named yet: name it before setting its score thresholds."),
        [&thresholds](CommitteeSettings &settings) { settings.scoreThresholds = thresholds; });
}

} // namespace dotpha
