#pragma once

#include "Repositories.h"
#include "Result.h"
#include "User.h"
#include "WorkflowPolicy.h"

#include <QCoreApplication>

namespace dotpha {

// Whether someone may take an action now. The role is read again from the accounts, in the
// caller's transaction: an administrator may have changed it, or deactivated the account, since
// its holder signed in. The system account (no id: the command line on a file without accounts,
// a first start) keeps the role it was given.
class ActorPermission
{
    Q_DECLARE_TR_FUNCTIONS(ActorPermission)

public:
    static Status check(Repositories &repositories, const User &actor, WorkflowPolicy::Action action);
};

} // namespace dotpha
