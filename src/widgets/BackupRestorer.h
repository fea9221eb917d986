#pragma once

#include "RestoreAuthority.h"
#include "Result.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QWidget;

namespace dotpha {

class Workspace;
struct User;

// File ▸ Restore a backup in the window: confirms what will be replaced, makes sure an
// administrator of each side agrees (RestoreAuthority) and puts the checked backup in place
// (Workspace::restoreBackup). The database being replaced is vouched for by the account signed in
// on it, or, with no session open, by one of its administrators signing in; the backup's
// administrator signs in when it has accounts. Nothing is closed until the backup has passed its
// checks and both agreed: then closeTarget() is called, and the caller reopens the database.
class BackupRestorer
{
    Q_DECLARE_TR_FUNCTIONS(BackupRestorer)

public:
    // signedIn: who is signed in on target, when a session is open on it. Returns where the
    // replaced database was kept (empty when there was none); Cancelled when the user did not
    // confirm or sign in.
    static Result<QString> restore(QWidget *parent, const QString &backup, const QString &target,
                                   const std::optional<User> &signedIn, const std::function<void()> &closeTarget);

    // What the confirmation asks before backup replaces target.
    static QString question(const QString &backup, const QString &target);

private:
    static Status signInAdministrator(QWidget *parent, Workspace &database, const QString &fileName,
                                      RestoreAuthority::Side side);
};

} // namespace dotpha
