#include "RestoreAuthority.h"

#include "AccountService.h"
#include "ActorPermission.h"
#include "WorkflowPolicy.h"

namespace dotpha {

Result<bool> RestoreAuthority::needsAdministrator(AccountService &accounts)
{
    const Result<bool> hasUsers = accounts.hasUsers();
    if (!hasUsers && hasUsers.error().kind() == Error::Kind::Refused)
        return false;   // accounts deleted outside Dotpha: nobody can sign in, and the backup is the remedy
    return hasUsers;
}

Result<User> RestoreAuthority::signInAdministrator(AccountService &accounts, Side side, const QString &login,
                                                   const QString &password)
{
    Result<User> user = accounts.signIn(login, password);
    if (!user)
        return user;
    return administratorOf(*user, side);
}

Status RestoreAuthority::checkAdministrator(Repositories &repositories, const User &user)
{
    if (const Result<User> administrator = administratorOf(user, Side::Replaced); !administrator)
        return administrator.error();
    // The account as it stands now: still there, active, not changed outside Dotpha.
    return ActorPermission::check(repositories, user, WorkflowPolicy::Action::ManageUsers);
}

Result<User> RestoreAuthority::administratorOf(const User &user, Side side)
{
    if (WorkflowPolicy::allows(user.role, WorkflowPolicy::Action::ManageUsers))
        return user;
    return Error(Error::Kind::Refused, side == Side::Backup
                                           ? tr("Only an administrator of the backup may restore it.")
                                           : tr("Only an administrator of the database may replace it with a backup."));
}

} // namespace dotpha
