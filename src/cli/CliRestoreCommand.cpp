#include "CliRestoreCommand.h"

#include "CliInvocation.h"
#include "CliSession.h"
#include "Services.h"
#include "Workspace.h"

using namespace Qt::StringLiterals;

namespace dotpha {

Result<QString> CliRestoreCommand::run(const CliInvocation &invocation, const QString &backup)
{
    using Side = RestoreAuthority::Side;
    const Workspace::RestoreAuthorisation authorisation{
        [&](Workspace &replaced) { return signIn(invocation, replaced, Side::Replaced); },
        [&](Workspace &staged) { return signIn(invocation, staged, Side::Backup); },
    };
    return Workspace::restoreBackup(backup, invocation.databasePath, authorisation);
}

Status CliRestoreCommand::signIn(const CliInvocation &invocation, Workspace &database, RestoreAuthority::Side side)
{
    Services services(database.repositories());
    const Result<bool> needed = RestoreAuthority::needsAdministrator(services.accounts());
    if (!needed)
        return needed.error();
    if (!*needed)
        return {};
    if (!invocation.isSet(u"user"_s))
        return Error(Error::Kind::Refused,
                     side == RestoreAuthority::Side::Backup
                         ? tr("The backup has accounts: restoring it needs --user LOGIN of one of its administrators, "
                              "with the password on standard input or in DOTPHA_PASSWORD.")
                         : tr("The database has accounts: replacing it needs --user LOGIN of one of its "
                              "administrators, with the password on standard input or in DOTPHA_PASSWORD."));
    const Result<User> administrator =
        RestoreAuthority::signInAdministrator(services.accounts(), side, invocation.value(u"user"_s), password());
    if (!administrator)
        return administrator.error();
    return {};
}

// Read once: the same administrator signs in on both sides.
const QString &CliRestoreCommand::password()
{
    if (!std::exchange(m_passwordRead, true))
        m_password = CliSession::signInPassword(m_in);
    return m_password;
}

} // namespace dotpha
