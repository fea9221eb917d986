#include "ActorPermission.h"

#include "UserRepository.h"

namespace dotpha {

Status ActorPermission::check(Repositories &repositories, const User &actor, WorkflowPolicy::Action action)
{
    UserRole role = actor.role;
    if (actor.id > 0) {
        const Result<User> current = repositories.users.find(actor.id);
        if (!current) {
            if (current.error().kind() == Error::Kind::NotFound)
                return Error(Error::Kind::Refused, tr("Your account no longer exists."));
            return current.error();
        }
        if (!current->active)
            return Error(Error::Kind::Refused, tr("Your account has been deactivated. Ask the administrator."));
        role = current->role;
    }
    if (!WorkflowPolicy::allows(role, action))
        return Error(Error::Kind::Refused, WorkflowPolicy::refusal(role, action));
    return {};
}

} // namespace dotpha
