#include "AccountService.h"

#include "ActorPermission.h"
#include "AuditRepository.h"
#include "EnumNames.h"
#include "ServerPerson.h"
#include "TransactionRunner.h"
#include "UserRepository.h"
#include "WorkflowPolicy.h"

using namespace Qt::StringLiterals;

namespace dotpha {

Status AccountService::checkPassword(const QString &password)
{
    if (password.size() < MinimumPasswordLength)
        return Error::validation(tr("The password needs at least %n character(s).", nullptr, MinimumPasswordLength));
    return {};
}

Status AccountService::checkManager(const User &actor)
{
    return ActorPermission::check(m_repositories, actor, WorkflowPolicy::Action::ManageUsers);
}

// A file whose trail records accounts but that has none lost them to another program: offering
// to create a new administrator would hand the file to whoever opens it next.
Result<bool> AccountService::hasUsers()
{
    const Result<QList<User>> users = m_repositories.users.all();
    if (!users)
        return users.error();
    if (!users->isEmpty())
        return true;
    const Result<bool> hadUsers = m_repositories.audit.hasHistoryOf(u"app_user"_s);
    if (!hadUsers)
        return hadUsers.error();
    if (*hadUsers)
        return Error(Error::Kind::Refused,
                     tr("The accounts of this database were deleted outside Dotpha: its change log records them. "
                        "Nobody can sign in; restore the database from a backup (File ▸ Restore a backup)."));
    return false;
}

Result<User> AccountService::createFirstAdministrator(const QString &login, const QString &displayName,
                                                      const std::optional<QString> &password)
{
    User administrator;
    administrator.login = login.trimmed();
    administrator.displayName = displayName.trimmed();
    administrator.role = UserRole::Administrator;
    return inTransaction<User>(m_repositories.transactions, [&]() -> Result<User> {
        const Result<bool> existing = hasUsers();
        if (!existing)
            return existing.error();
        if (*existing)
            return Error(Error::Kind::Refused, tr("This database already has its administrator."));
        const User creator = administrator;   // the first administrator creates itself
        return addUser(creator, administrator, password);
    });
}

// An account changed by another program (its role raised, its password hash replaced, or put
// back after deletion) no longer matches what the trail recorded of it, and may not sign in.
Status AccountService::checkUnchangedOutside(const User &user)
{
    const Result<QList<AuditDiscrepancy>> discrepancies = m_repositories.audit.discrepanciesOf(u"app_user"_s, user.id);
    if (!discrepancies)
        return discrepancies.error();
    if (discrepancies->isEmpty())
        return {};
    return Error(Error::Kind::Refused,
                 tr("The account %1 was changed outside Dotpha, so it cannot sign in. An administrator can restore "
                    "the database from a backup; dotpha-cli check lists what changed.").arg(user.login),
                 AuditDiscrepancyText::describe(discrepancies->constFirst()));
}

Result<User> AccountService::signIn(const QString &login, const QString &password)
{
    const Result<std::optional<User>> found = m_repositories.users.findByLogin(login.trimmed());
    if (!found)
        return found.error();
    const Error refused(Error::Kind::Refused, tr("The login or the password is wrong."));
    if (!found->has_value() || !found->value().password.matches(password))
        return refused;
    if (const Status unchanged = checkUnchangedOutside(found->value()); !unchanged)
        return unchanged.error();
    if (!found->value().active)
        return Error(Error::Kind::Refused, tr("This account has been deactivated. Ask the administrator."));
    return found->value();
}

// The database names a person by the login that is exactly theirs, and grants what the login's
// group may: an account that differs from it in either would be offered what the server refuses.
Status AccountService::checkServerLogin(const User &user, const QString &login, const QList<UserRole> &serverGroups)
{
    if (user.login != login)
        return Error(Error::Kind::Refused,
                     tr("The office server signed you in as “%1”, but the Dotpha account's login is “%2”: the two "
                        "must be written alike, letter case included. Ask the administrator to correct the account.")
                         .arg(login, user.login));
    if (!serverGroups.contains(user.role))
        return Error(Error::Kind::Refused,
                     tr("The Dotpha account %1 is a %2, but the login “%3” is not in the office server's group %4, "
                        "so the server would refuse what that role does. Ask the database's owner to run: GRANT %4 TO %3;")
                         .arg(user.displayName, EnumNames::name(user.role).toLower(), login,
                              ServerPerson::groupOf(user.role)));
    return {};
}

Result<User> AccountService::signInAsServerLogin(const QString &login, const QString &serverName,
                                                 const std::optional<QList<UserRole>> &serverGroups)
{
    const Result<std::optional<User>> found = m_repositories.users.findByLogin(login);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(Error::Kind::Refused,
                     tr("The database %1 on the office server has no Dotpha account with the login “%2”. Ask the "
                        "administrator to add it.").arg(serverName, login));
    if (serverGroups) {
        if (const Status matches = checkServerLogin(found->value(), login, *serverGroups); !matches)
            return matches.error();
    }
    if (const Status unchanged = checkUnchangedOutside(found->value()); !unchanged)
        return unchanged.error();
    if (!found->value().active)
        return Error(Error::Kind::Refused, tr("This account has been deactivated. Ask the administrator."));
    return found->value();
}

Result<User> AccountService::addUser(const User &actor, User user, const std::optional<QString> &password)
{
    user.login = user.login.trimmed();
    user.displayName = user.displayName.trimmed();
    if (user.login.isEmpty())
        return Error::validation(tr("The account needs a login."));
    if (user.displayName.isEmpty())
        return Error::validation(tr("The account needs the user's name."));
    if (password) {
        if (const Status strong = checkPassword(*password); !strong)
            return strong.error();
        user.password = PasswordHash::create(*password, m_hashIterations);
    } else {
        user.password = PasswordHash::keptByServer();
    }
    user.active = true;
    return inTransaction<User>(m_repositories.transactions, [&]() -> Result<User> {
        if (const Status allowed = checkManager(actor); !allowed)
            return allowed.error();
        const Result<std::optional<User>> taken = m_repositories.users.findByLogin(user.login);
        if (!taken)
            return taken.error();
        if (taken->has_value())
            return Error::validation(tr("The login %1 is already taken.").arg(user.login));
        const Result<qint64> id = m_repositories.users.add(user);
        if (!id)
            return id.error();
        User added = user;
        added.id = *id;
        added.version = 1;
        return added;
    });
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
    if (user.displayName.trimmed().isEmpty())
        return Error::validation(tr("The account needs the user's name."));
    return inTransaction<int>(m_repositories.transactions, [&]() -> Result<int> {
        if (const Status allowed = checkManager(actor); !allowed)
            return allowed.error();
        if (const Status kept = keepsAnAdministrator(user); !kept)
            return kept.error();
        return m_repositories.users.update(user);
    });
}

Result<int> AccountService::setPassword(const User &actor, User user, const QString &password)
{
    if (const Status strong = checkPassword(password); !strong)
        return strong.error();
    const PasswordHash hashed = PasswordHash::create(password, m_hashIterations);
    return inTransaction<int>(m_repositories.transactions, [&]() -> Result<int> {
        if (actor.id != user.id) {
            if (const Status allowed = checkManager(actor); !allowed)
                return allowed.error();
        }
        // Only the password changes, on the account as stored: whoever sets their own password
        // does not also set their role.
        Result<User> stored = m_repositories.users.find(user.id);
        if (!stored)
            return stored.error();
        stored->password = hashed;
        stored->version = user.version;
        return m_repositories.users.update(*stored);
    });
}

} // namespace dotpha
