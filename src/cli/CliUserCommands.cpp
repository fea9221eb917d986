#include "CliUserCommands.h"

#include "AccountService.h"
#include "CliExit.h"
#include "CliInvocation.h"
#include "CliSession.h"
#include "EnumNames.h"
#include "UserRepository.h"

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

using CliExit::DataProblem;
using CliExit::Done;

} // namespace

bool CliUserCommands::isKnown(const QString &subcommand)
{
    return QStringList{u"add"_s, u"list"_s, u"passwd"_s, u"disable"_s}.contains(subcommand);
}

int CliUserCommands::fail(const Error &error)
{
    return CliExit::failWith(*m_err, error);
}

int CliUserCommands::run(const CliInvocation &invocation, QTextStream &err)
{
    m_err = &err;
    const QString subcommand = invocation.arguments.value(0);
    if (subcommand == u"list"_s)
        return list();
    if (subcommand == u"add"_s)
        return add(invocation);
    if (const Status signedIn = m_session.signInToWrite(invocation); !signedIn)
        return fail(signedIn.error());
    const QString login = invocation.arguments.value(1);
    return subcommand == u"passwd"_s ? setPassword(login) : disable(login);
}

int CliUserCommands::list()
{
    const Result<QList<User>> users = m_session.repositories().users.all();
    if (!users)
        return fail(users.error());
    for (const User &user : *users) {
        m_out << user.login << u'\t' << user.displayName << u'\t' << EnumNames::name(user.role) << u'\t'
              << (user.active ? tr("active") : tr("deactivated")) << Qt::endl;
    }
    return Done;
}

int CliUserCommands::add(const CliInvocation &invocation)
{
    const std::optional<UserRole> role = fromCode<UserRole>(invocation.value(u"role"_s));
    User user;
    user.login = invocation.arguments.value(1);
    user.displayName = invocation.value(u"name"_s);
    user.role = role.value_or(UserRole::Clerk);
    AccountService &accounts = m_session.services().accounts();
    const Result<bool> hasUsers = accounts.hasUsers();
    if (!hasUsers)
        return fail(hasUsers.error());
    Result<User> added = Error(Error::Kind::Refused, QString());
    if (!*hasUsers) {
        if (user.role != UserRole::Administrator)
            return fail(Error(Error::Kind::Refused, tr("The database has no accounts yet: the first one is its "
                                                       "administrator (--role administrator).")));
        added = accounts.createFirstAdministrator(user.login, user.displayName, newPassword());
    } else {
        if (const Status signedIn = m_session.signInToWrite(invocation); !signedIn)
            return fail(signedIn.error());
        added = accounts.addUser(m_session.actor(), user, newPassword());
    }
    if (!added)
        return fail(added.error());
    m_out << tr("Added the account %1 (%2).").arg(added->login, EnumNames::name(added->role)) << Qt::endl;
    return Done;
}

// A new account's password, from standard input; none on the office server, whose login role of
// the same name keeps it (docs/administration.md).
std::optional<QString> CliUserCommands::newPassword()
{
    if (m_session.workspace().isOnServer())
        return std::nullopt;
    return m_session.readLine();
}

int CliUserCommands::setPassword(const QString &login)
{
    if (m_session.workspace().isOnServer())
        return fail(Error(Error::Kind::Refused,
                          tr("On the office server, passwords are the server's: change one with \\password %1 in "
                             "psql, or ALTER ROLE.").arg(login)));
    const Result<std::optional<User>> user = m_session.repositories().users.findByLogin(login);
    if (!user)
        return fail(user.error());
    if (!user->has_value())
        return fail(Error(Error::Kind::NotFound, tr("There is no account %1.").arg(login)));
    const Result<int> saved = m_session.services().accounts().setPassword(m_session.actor(), **user, m_session.readLine());
    if (!saved)
        return fail(saved.error());
    m_out << tr("The password of %1 has been changed.").arg(login) << Qt::endl;
    return Done;
}

int CliUserCommands::disable(const QString &login)
{
    const Result<std::optional<User>> user = m_session.repositories().users.findByLogin(login);
    if (!user)
        return fail(user.error());
    if (!user->has_value())
        return fail(Error(Error::Kind::NotFound, tr("There is no account %1.").arg(login)));
    User disabled = **user;
    disabled.active = false;
    const Result<int> saved = m_session.services().accounts().updateUser(m_session.actor(), disabled);
    if (!saved)
        return fail(saved.error());
    m_out << tr("The account %1 can no longer sign in.").arg(login) << Qt::endl;
    return Done;
}

} // namespace dotpha
