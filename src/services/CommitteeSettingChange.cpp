#include "CommitteeSettingChange.h"

#include "ActorPermission.h"
#include "CommitteeSettingsRepository.h"
#include "TransactionRunner.h"

namespace dotpha {

Status CommitteeSettingChange::apply(Repositories &repositories, const User &actor, WorkflowPolicy::Action action,
                                     const QString &unnamed, const std::function<void(CommitteeSettings &)> &change)
{
    return repositories.transactions.inTransaction([&]() -> Status {
        if (const Status allowed = ActorPermission::check(repositories, actor, action); !allowed)
            return allowed;
        const Result<std::optional<CommitteeSettings>> settings = repositories.settings.load();
        if (!settings)
            return settings.error();
        if (!settings.value())
            return Error(Error::Kind::Validation, unnamed);
        CommitteeSettings changed = *settings.value();
        change(changed);
        const Result<int> saved = repositories.settings.save(changed);
        return saved ? Status() : Status(saved.error());
    });
}

} // namespace dotpha
