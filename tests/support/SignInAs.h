#pragma once

#include "DatabaseSession.h"
#include "UserRepository.h"

#include <functional>

class QWidget;

namespace dotpha::test {

// A MainWindow::SignIn that signs in, without a dialog, as the user of role named after it,
// creating that account (with a quick hash) on first use. Read-only files open with nobody
// signed in, as SignInDialog does.
inline std::function<bool(QWidget *, DatabaseSession &)> signInAs(UserRole role)
{
    return [role](QWidget *, DatabaseSession &session) {
        if (session.workspace().isReadOnly())
            return true;
        const QString login = toCode(role);
        UserRepository &users = session.repositories().users;
        Result<std::optional<User>> found = users.findByLogin(login);
        if (!found)
            return false;
        if (!found->has_value()) {
            User user;
            user.login = login;
            user.displayName = login.toUpper();
            user.role = role;
            user.password = PasswordHash::create(login, 1000);
            const Result<qint64> id = users.add(user);
            if (!id)
                return false;
            found = users.findByLogin(login);
        }
        return session.signIn(**found).ok();
    };
}

} // namespace dotpha::test
