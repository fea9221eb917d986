#include "BackupRestorer.h"

#include "AccountService.h"
#include "BusyCursor.h"
#include "Prompts.h"
#include "Services.h"
#include "SignInDialog.h"
#include "Workspace.h"

#include <QDir>
#include <QFileInfo>

namespace dotpha {

Status BackupRestorer::signInAdministrator(QWidget *parent, Workspace &database, const QString &fileName,
                                           RestoreAuthority::Side side)
{
    Services services(database.repositories());
    const Result<bool> needed = RestoreAuthority::needsAdministrator(services.accounts());
    if (!needed)
        return needed.error();
    if (!*needed)
        return {};
    SignInDialog dialog(services.accounts(), fileName, SignInDialog::Mode::SignIn, parent);
    dialog.setWindowTitle(side == RestoreAuthority::Side::Backup ? tr("An administrator of the backup signs in")
                                                                 : tr("An administrator of the database signs in"));
    QGuiApplication::restoreOverrideCursor();   // no wait cursor while a password is typed
    const int answer = dialog.exec();
    QGuiApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
    if (answer != QDialog::Accepted)
        return Error(Error::Kind::Cancelled, QString());
    const Result<User> administrator = RestoreAuthority::administratorOf(dialog.user(), side);
    return administrator ? Status() : Status(administrator.error());
}

Result<QString> BackupRestorer::restore(QWidget *parent, const QString &backup, const QString &target,
                                        const std::optional<User> &signedIn, const std::function<void()> &closeTarget)
{
    const QString question =
        tr("Replace %1 with the backup %2?\n\nThe backup is checked first. The database as it is now is kept beside "
           "it, its name followed by \"before-restore\" and the date.")
            .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(backup));
    if (!Prompts::confirm(parent, tr("Restore a backup"), question))
        return Error(Error::Kind::Cancelled, QString());
    const BusyCursor busy;
    const Workspace::RestoreAuthorisation authorisation{
        [&](Workspace &replaced) {
            if (signedIn)
                return RestoreAuthority::checkAdministrator(replaced.repositories(), *signedIn);
            return signInAdministrator(parent, replaced, QFileInfo(target).fileName(), RestoreAuthority::Side::Replaced);
        },
        [&](Workspace &staged) {
            const Status agreed =
                signInAdministrator(parent, staged, QFileInfo(backup).fileName(), RestoreAuthority::Side::Backup);
            if (agreed && closeTarget)
                closeTarget();
            return agreed;
        },
    };
    return Workspace::restoreBackup(backup, target, authorisation);
}

} // namespace dotpha
