#include "CliRestoreCommand.h"

#include "AuditRepository.h"
#include "CliInvocation.h"
#include "CliSession.h"
#include "PrintedSeal.h"
#include "Services.h"
#include "Workspace.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace dotpha {

Result<QString> CliRestoreCommand::run(const CliInvocation &invocation, const QString &backup)
{
    using Side = RestoreAuthority::Side;
    const Workspace::RestoreAuthorisation authorisation{
        [&](Workspace &replaced) { return signIn(invocation, replaced, Side::Replaced); },
        [&](Workspace &staged) {
            if (const Status signedIn = signIn(invocation, staged, Side::Backup); !signedIn)
                return signedIn;
            return holdsExpectedHead(invocation, staged, backup);
        },
    };
    return Workspace::restoreBackup(backup, invocation.databasePath, authorisation);
}

// --expect HEAD: the backup must hold the seal printed on a report or an export (a backup older
// than it, or one whose trail was rewritten, does not), so that the record put back is provably
// the one that was printed.
Status CliRestoreCommand::holdsExpectedHead(const CliInvocation &invocation, Workspace &staged, const QString &backup)
{
    if (!invocation.isSet(u"expect"_s))
        return {};
    return PrintedSeal::heldBy(staged.repositories().audit, invocation.value(u"expect"_s), backup);
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
