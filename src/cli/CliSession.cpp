#include "CliSession.h"

#include "AccountService.h"
#include "AuditRepository.h"
#include "AutomaticBackups.h"
#include "CliInvocation.h"
#include "WorkflowPolicy.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace dotpha {

CliSession::CliSession(std::unique_ptr<Workspace> workspace, QTextStream &in)
    : m_workspace(std::move(workspace))
    , m_services(std::make_unique<Services>(m_workspace->repositories()))
    , m_in(in)
{
    m_actor.role = UserRole::Administrator;   // the system account, until someone signs in
}

Result<std::unique_ptr<CliSession>> CliSession::open(const CliInvocation &invocation, QTextStream &in, Database::Mode mode)
{
    const AutomaticBackups backups(AutomaticBackups::standardFolder());
    Result<std::unique_ptr<Workspace>> workspace =
        Workspace::open(invocation.databasePath, mode,
                        &backups);
    if (!workspace)
        return workspace.error();
    return std::unique_ptr<CliSession>(new CliSession(std::move(workspace).value(), in));
}

QString CliSession::databaseName() const
{
    return m_workspace->shortName();
}

QString CliSession::readLine()
{
    QString line = m_in.readLine();
    return line.isNull() ? QString() : line;
}

QString CliSession::signInPassword(QTextStream &in)
{
    if (qEnvironmentVariableIsSet("DOTPHA_PASSWORD"))
        return qEnvironmentVariable("DOTPHA_PASSWORD");
    const QString line = in.readLine();
    return line.isNull() ? QString() : line;
}

Status CliSession::actAs(const User &user, const QString &name)
{
    m_actor = user;
    m_services->setActor(user);
    return repositories().audit.setActor(user.id > 0 ? std::optional<qint64>(user.id) : std::nullopt, name);
}

// The server has checked the login's password. A person's login acts as its account, which --user,
// when given, must name; the database's owner may act for anyone (as psql lets them), so --user
// names the account it acts as, without a password, once the database has accounts.
Status CliSession::signInOnServer(const CliInvocation &invocation)
{
    const QString person = m_workspace->serverLogin();
    const QString named = invocation.value(u"user"_s);
    if (!person.isEmpty() && invocation.isSet(u"user"_s) && named != person)
        return Error(Error::Kind::Refused,
                     tr("The office server signed you in as “%1”: leave out --user, or connect with the login “%2”.")
                         .arg(person, named));
    if (person.isEmpty() && !invocation.isSet(u"user"_s)) {
        if (m_hasAccounts)
            return Error(Error::Kind::Refused,
                         tr("The database %1 has accounts: its owner names the account it acts as with --user LOGIN.")
                             .arg(databaseName()));
        return actAs(m_actor, u"dotpha-cli"_s);
    }
    const Result<User> user =
        person.isEmpty() ? m_services->accounts().signInAsServerLogin(named, databaseName(), std::nullopt)
                         : m_services->accounts().signInAsServerLogin(person, databaseName(),
                                                                      m_workspace->serverGroups());
    if (!user)
        return user.error();
    return actAs(*user, u"dotpha-cli (%1)"_s.arg(user->displayName));
}

Status CliSession::signInToWrite(const CliInvocation &invocation)
{
    if (m_workspace->isReadOnly())
        return Error(Error::Kind::ReadOnly, m_workspace->readOnlyReason());
    const Result<bool> hasUsers = m_services->accounts().hasUsers();
    if (!hasUsers)
        return hasUsers.error();
    m_hasAccounts = *hasUsers;
    if (m_workspace->isOnServer())
        return signInOnServer(invocation);
    if (!m_hasAccounts) {
        if (invocation.isSet(u"user"_s))
            return Error(Error::Kind::Refused,
                         tr("The database %1 has no accounts yet: leave out --user, or create the administrator with "
                            "\"user add LOGIN --role administrator\".").arg(databaseName()));
        return actAs(m_actor, u"dotpha-cli"_s);
    }
    if (!invocation.isSet(u"user"_s))
        return Error(Error::Kind::Refused,
                     tr("The database %1 has accounts: a command that changes it needs --user LOGIN, with the password "
                        "on standard input or in DOTPHA_PASSWORD.").arg(databaseName()));
    const Result<User> user = m_services->accounts().signIn(invocation.value(u"user"_s), signInPassword(m_in));
    if (!user)
        return user.error();
    return actAs(*user, u"dotpha-cli (%1)"_s.arg(user->displayName));
}

} // namespace dotpha
