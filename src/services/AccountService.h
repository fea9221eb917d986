#pragma once

#include "Repositories.h"
#include "Result.h"
#include "User.h"

#include <QCoreApplication>

#include <optional>

namespace dotpha {

// Who may use a database. The first start creates its administrator; afterwards everyone signs in
// with a login and password, checked against the salted PBKDF2 hash (the password itself is
// never stored). Administrators add users, change their roles, reset passwords and deactivate
// accounts; a database always keeps one active administrator. An account changed by another
// program is refused at sign-in, and a file whose accounts were deleted outside Dotpha does not
// offer to create a new administrator.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    static constexpr int MinimumPasswordLength = 8;

    explicit AccountService(Repositories &repositories, int hashIterations = PasswordHash::DefaultIterations)
        : m_repositories(repositories), m_hashIterations(hashIterations) {}

    Result<bool> hasUsers();
    // Only while the database has no user at all.
    // password: Dotpha's to keep, or std::nullopt for an account of the office server, whose login
    // role keeps it (Dotpha then stores none, and the account signs in only by connecting).
    Result<User> createFirstAdministrator(const QString &login, const QString &displayName,
                                          const std::optional<QString> &password);
    // The same message for an unknown login and a wrong password, so neither can be probed.
    Result<User> signIn(const QString &login, const QString &password);
    // The account of a login the office server has signed in already (Workspace::serverLogin):
    // the server checked its password, which Dotpha never sees, and names the person in the trail.
    // serverGroups: the Dotpha groups the login is in (Workspace::serverGroups), whose rights the
    // database enforces, which must hold the account's role; std::nullopt when the database's
    // owner names the account it acts as.
    Result<User> signInAsServerLogin(const QString &login, const QString &serverName,
                                     const std::optional<QList<UserRole>> &serverGroups);
    Result<User> addUser(const User &actor, User user, const std::optional<QString> &password);
    // Changes name, role and whether the account is active (not the password).
    Result<int> updateUser(const User &actor, const User &user);
    // An administrator sets anyone's password; others only their own.
    Result<int> setPassword(const User &actor, User user, const QString &password);

    static Status checkPassword(const QString &password);

private:
    Status checkManager(const User &actor);
    Status keepsAnAdministrator(const User &changed);
    Status checkUnchangedOutside(const User &user);
    static Status checkServerLogin(const User &user, const QString &login, const QList<UserRole> &serverGroups);

    Repositories &m_repositories;
    int m_hashIterations;
};

} // namespace dotpha
