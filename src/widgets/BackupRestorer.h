#pragma once

#include "Result.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace dotpha {

class Workspace;

// File ▸ Restore a backup in the window: confirms what will be replaced, has an administrator of
// the backup sign in (when it has accounts), and puts the checked backup in place
// (Workspace::restoreBackup). Nothing is closed until the backup has passed its checks and the
// sign-in: then closeTarget() is called, and the caller reopens the database.
class BackupRestorer
{
    Q_DECLARE_TR_FUNCTIONS(BackupRestorer)

public:
    // Returns where the replaced database was kept (empty when there was none); Cancelled when
    // the user did not confirm or sign in.
    static Result<QString> restore(QWidget *parent, const QString &backup, const QString &target,
                                   const std::function<void()> &closeTarget);

private:
    static Status signInAdministrator(QWidget *parent, Workspace &backup, const QString &backupName);
};

} // namespace dotpha
