#include "ActorPermission.h"

#include "AuditRepository.h"
#include "UserRepository.h"

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

// The account as it stands now must be the one that signed in: the same role, still active, and
// as the change log recorded it (not raised with another program meanwhile).
Status checkAccount(Repositories &repositories, const User &actor)
{
    const Result<User> current = repositories.users.find(actor.id);
    if (!current) {
        if (current.error().kind() == Error::Kind::NotFound)
            return Error(Error::Kind::Refused, ActorPermission::tr("Your account no longer exists."));
        return current.error();
    }
    if (!current->active)
        return Error(Error::Kind::Refused, ActorPermission::tr("Your account has been deactivated. Ask the administrator."));
    if (current->role != actor.role)
        return Error(Error::Kind::Refused, ActorPermission::tr("Your account's role has changed since you signed in. "
                                                               "Sign in again (File ▸ Sign in as another user)."));
    const Result<QList<AuditDiscrepancy>> changed = repositories.audit.discrepanciesOf(u"app_user"_s, actor.id);
    if (!changed)
        return changed.error();
    if (!changed->isEmpty())
        return Error(Error::Kind::Refused, ActorPermission::tr("Your account was changed outside Dotpha: nothing can "
                                                               "be saved under it."),
                     AuditDiscrepancyText::describe(changed->constFirst()));
    return {};
}

// The system account acts only on a database without accounts (a first start, the command line
// on such a file): once there are accounts, everyone acts as one of them.
Status checkSystemAccount(Repositories &repositories)
{
    const Result<QList<User>> users = repositories.users.all();
    if (!users)
        return users.error();
    if (!users->isEmpty())
        return Error(Error::Kind::Refused, ActorPermission::tr("This database has accounts: sign in to change it."));
    return {};
}

} // namespace

Status ActorPermission::check(Repositories &repositories, const User &actor, WorkflowPolicy::Action action)
{
    const Status account = actor.id > 0 ? checkAccount(repositories, actor) : checkSystemAccount(repositories);
    if (!account)
        return account;
    if (!WorkflowPolicy::allows(actor.role, action))
        return Error(Error::Kind::Refused, WorkflowPolicy::refusal(actor.role, action));
    return {};
}

} // namespace dotpha
