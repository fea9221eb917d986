#include "AccountService.h"

#include "UserRepository.h"
#include "WorkflowPolicy.h"

namespace dotpha {

Status AccountService::checkPassword(const QString &password)
{
    if (password.size() < MinimumPasswordLength)
        return Error::validation(tr("The password needs at least %n character(s).", nullptr, MinimumPasswordLength));
    return {};
}

Status AccountService::checkManager(const User &actor) const
{
    if (!WorkflowPolicy::allows(actor.role, WorkflowPolicy::Action::ManageUsers))
        return Error(Error::Kind::Refused, WorkflowPolicy::refusal(actor.role, WorkflowPolicy::Action::ManageUsers));
    return {};
}

Result<bool> AccountService::hasUsers()
{
    const Result<QList<User>> users = m_repositories.users.all();
    if (!users)
        return users.error();
    return !users->isEmpty();
}

Result<User> AccountService::createFirstAdministrator(const QString &login, const QString &displayName,
                                                      const QString &password)
{
    const Result<bool> existing = hasUsers();
    if (!existing)
        return existing.error();
    if (*existing)
        return Error(Error::Kind::Refused, tr("This database already has its administrator."));
    User administrator;
    administrator.login = login.trimmed();
    administrator.displayName = displayName.trimmed();
    administrator.role = UserRole::Administrator;
    User creator = administrator;   // the first administrator creates itself
    return addUser(creator, administrator, password);
}

Result<User> AccountService::signIn(const QString &login, const QString &password)
{
    const Result<std::optional<User>> found = m_repositories.users.findByLogin(login.trimmed());
    if (!found)
        return found.error();
    const Error refused(Error::Kind::Refused, tr("The login or the password is wrong."));
    if (!found->has_value() || !found->value().password.matches(password))
        return refused;
    if (!found->value().active)
        return Error(Error::Kind::Refused, tr("This account has been deactivated. Ask the administrator."));
    return found->value();
}

Result<User> AccountService::addUser(const User &actor, User user, const QString &password)
{
    if (const Status allowed = checkManager(actor); !allowed)
        return allowed.error();
    user.login = user.login.trimmed();
    user.displayName = user.displayName.trimmed();
    if (user.login.isEmpty())
        return Error::validation(tr("The account needs a login."));
    if (user.displayName.isEmpty())
        return Error::validation(tr("The account needs the user's name."));
    if (const Status strong = checkPassword(password); !strong)
        return strong.error();
    const Result<std::optional<User>> taken = m_repositories.users.findByLogin(user.login);
    if (!taken)
        return taken.error();
    if (taken->has_value())
        return Error::validation(tr("The login %1 is already taken.").arg(user.login));
    user.password = PasswordHash::create(password, m_hashIterations);
    user.active = true;
    const Result<qint64> id = m_repositories.users.add(user);
    if (!id)
        return id.error();
    user.id = *id;
    user.version = 1;
    return user;
}

// Refuses a change that would leave no active administrator to manage the others.
Status AccountService::keepsAnAdministrator(const User &changed)
{
    if (changed.role == UserRole::Administrator && changed.active)
        return {};
    const Result<QList<User>> users = m_repositories.users.all();
    if (!users)
        return users.error();
    const bool another = std::any_of(users->begin(), users->end(), [&](const User &each) {
        return each.id != changed.id && each.role == UserRole::Administrator && each.active;
    });
    if (!another)
        return Error(Error::Kind::Refused, tr("The database needs at least one active administrator."));
    return {};
}

Result<int> AccountService::updateUser(const User &actor, const User &user)
{
    if (const Status allowed = checkManager(actor); !allowed)
        return allowed.error();
    if (user.displayName.trimmed().isEmpty())
        return Error::validation(tr("The account needs the user's name."));
    if (const Status kept = keepsAnAdministrator(user); !kept)
        return kept.error();
    return m_repositories.users.update(user);
}

Result<int> AccountService::setPassword(const User &actor, User user, const QString &password)
{
    if (actor.id != user.id) {
        if (const Status allowed = checkManager(actor); !allowed)
            return allowed.error();
    }
    if (const Status strong = checkPassword(password); !strong)
        return strong.error();
    user.password = PasswordHash::create(password, m_hashIterations);
    return m_repositories.users.update(user);
}

} // namespace dotpha
