#pragma once

#include "CommitteeSettings.h"
#include "Repositories.h"
#include "Result.h"
#include "User.h"
#include "WorkflowPolicy.h"

#include <functional>

namespace dotpha {

// One of the committee's settings changed by whom the action allows: the permission checked, the
// settings read, changed and saved in one transaction, recorded in the change log like any save.
// A committee not named yet has no settings to change: unnamed says so and what to do.
class CommitteeSettingChange
{
public:
    static Status apply(Repositories &repositories, const User &actor, WorkflowPolicy::Action action,
                        const QString &unnamed, const std::function<void(CommitteeSettings &)> &change);
};

} // namespace dotpha
