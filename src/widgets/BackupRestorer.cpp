#include "BackupRestorer.h"

#include "AccountService.h"
#include "AppSettings.h"
#include "AuditRepository.h"
#include "BusyCursor.h"
#include "PrintedSeal.h"
#include "RestoreConfirmationDialog.h"
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

QString BackupRestorer::question(const QString &backup, const QString &target)
{
    return tr("Replace %1 with the backup %2?\n\nThe backup is checked first. The database as it is now is kept beside "
              "it, its name followed by \"before-restore\" and the date.")
        .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(backup));
}

Result<QString> BackupRestorer::restore(QWidget *parent, const QString &backup, const QString &target,
                                        const std::optional<User> &signedIn, const std::function<void()> &closeTarget)
{
    AppSettings settings;
    RestoreConfirmationDialog confirmation(question(backup, target), settings.printedSeal(target), parent);
    if (confirmation.exec() != QDialog::Accepted)
        return Error(Error::Kind::Cancelled, QString());
    const QString seal = confirmation.seal();
    const BusyCursor busy;
    const Workspace::RestoreAuthorisation authorisation{
        [&](Workspace &replaced) {
            if (signedIn)
                return RestoreAuthority::checkAdministrator(replaced.repositories(), *signedIn);
            return signInAdministrator(parent, replaced, QFileInfo(target).fileName(), RestoreAuthority::Side::Replaced);
        },
        [&](Workspace &staged) {
            Status agreed =
                signInAdministrator(parent, staged, QFileInfo(backup).fileName(), RestoreAuthority::Side::Backup);
            if (agreed && !seal.isEmpty())
                agreed = PrintedSeal::heldBy(staged.repositories().audit, seal, backup);
            if (agreed && closeTarget)
                closeTarget();
            return agreed;
        },
    };
    return Workspace::restoreBackup(backup, target, authorisation);
}

} // namespace dotpha
