#pragma once

#include "Repositories.h"
#include "Result.h"
#include "User.h"

#include <QCoreApplication>

namespace dotpha {

class AccountService;

// Who may put a backup in place of a database: an administrator of the database being replaced,
// when it can still say who its administrators are, and an administrator of the backup, when it
// has accounts. A database that cannot say (it does not open, or its accounts were removed
// outside Dotpha) is what restoring is for, so it asks for nobody; the backup still does.
class RestoreAuthority
{
    Q_DECLARE_TR_FUNCTIONS(RestoreAuthority)

public:
    enum class Side { Replaced, Backup };

    // Whether an administrator of this database must agree.
    static Result<bool> needsAdministrator(AccountService &accounts);
    // Signs login in on one side and checks that the account administers it.
    static Result<User> signInAdministrator(AccountService &accounts, Side side, const QString &login,
                                            const QString &password);
    // Whether user, signed in earlier on the database being replaced, still administers it.
    static Status checkAdministrator(Repositories &repositories, const User &user);

    // user, signed in on one side, when that account administers it.
    static Result<User> administratorOf(const User &user, Side side);
};

} // namespace dotpha
