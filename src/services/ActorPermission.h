#pragma once

#include "Repositories.h"
#include "Result.h"
#include "User.h"
#include "WorkflowPolicy.h"

#include <QCoreApplication>

namespace dotpha {

// Whether someone may take an action now, read again in the caller's transaction: the account
// must still be as it was at sign-in (role, active, and as the change log recorded it), and the
// system account (no id: the command line on a file without accounts, a first start) acts only
// while the database has no accounts.
class ActorPermission
{
    Q_DECLARE_TR_FUNCTIONS(ActorPermission)

public:
    static Status check(Repositories &repositories, const User &actor, WorkflowPolicy::Action action);
};

} // namespace dotpha
