#include "BackupRestorer.h"

#include "AccountService.h"
#include "BusyCursor.h"
#include "Services.h"
#include "SignInDialog.h"
#include "WorkflowPolicy.h"
#include "Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

namespace dotpha {

Status BackupRestorer::signInAdministrator(QWidget *parent, Workspace &backup, const QString &backupName)
{
    Services services(backup.repositories());
    const Result<bool> hasUsers = services.accounts().hasUsers();
    if (!hasUsers)
        return hasUsers.error();
    if (!*hasUsers)
        return {};
    SignInDialog dialog(services.accounts(), backupName, SignInDialog::Mode::SignIn, parent);
    dialog.setWindowTitle(tr("An administrator of the backup signs in"));
    QGuiApplication::restoreOverrideCursor();   // no wait cursor while a password is typed
    const int answer = dialog.exec();
    QGuiApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
    if (answer != QDialog::Accepted)
        return Error(Error::Kind::Cancelled, QString());
    if (!WorkflowPolicy::allows(dialog.user().role, WorkflowPolicy::Action::ManageUsers))
        return Error(Error::Kind::Refused, tr("Only an administrator of the backup may restore it."));
    return {};
}

Result<QString> BackupRestorer::restore(QWidget *parent, const QString &backup, const QString &target,
                                        const std::function<void()> &closeTarget)
{
    const QString question =
        tr("Replace %1 with the backup %2?\n\nThe backup is checked first. The database as it is now is kept beside "
           "it, its name followed by \"before-restore\" and the date.")
            .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(backup));
    if (QMessageBox::question(parent, tr("Restore a backup"), question, QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No)
        != QMessageBox::Yes)
        return Error(Error::Kind::Cancelled, QString());
    const QString backupName = QFileInfo(backup).fileName();
    const BusyCursor busy;
    return Workspace::restoreBackup(backup, target, [&](Workspace &staged) {
        const Status signedIn = signInAdministrator(parent, staged, backupName);
        if (signedIn && closeTarget)
            closeTarget();
        return signedIn;
    });
}

} // namespace dotpha
