#include "ScoreThresholdsService.h"

#include "ActorPermission.h"
#include "CommitteeSettingsRepository.h"
#include "TransactionRunner.h"

namespace dotpha {

Result<ScoreThresholds> ScoreThresholdsService::current()
{
    const Result<std::optional<CommitteeSettings>> settings = m_repositories.settings.load();
    if (!settings)
        return settings.error();
    return settings.value() ? settings.value()->scoreThresholds : ScoreThresholds();
}

Status ScoreThresholdsService::set(const User &actor, const ScoreThresholds &thresholds)
{
    return m_repositories.transactions.inTransaction([&]() -> Status {
        if (const Status allowed = ActorPermission::check(m_repositories, actor,
                                                          WorkflowPolicy::Action::SetScoreThresholds);
            !allowed)
            return allowed;
        if (!thresholds.isValid())
            return Error(Error::Kind::Validation,
                         tr("The thresholds must go down from “excellent” to “completed”, each from 1 to 100 points "
                            "and above the next."));
        const Result<std::optional<CommitteeSettings>> settings = m_repositories.settings.load();
        if (!settings)
            return settings.error();
        if (!settings.value())
            return Error(Error::Kind::Validation, tr("The committee is not named yet: name it before setting its score "
                                                  "thresholds."));
        CommitteeSettings changed = *settings.value();
        changed.scoreThresholds = thresholds;
        const Result<int> saved = m_repositories.settings.save(changed);
        return saved ? Status() : Status(saved.error());
    });
}

} // namespace dotpha
