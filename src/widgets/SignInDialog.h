#pragma once

#include "Result.h"
#include "User.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class SignInDialog;
}

namespace dotpha {

class AccountService;
class DatabaseSession;

// Asks who is opening a database: login and password, or, on a database without any user, the
// administrator to create. Stays open with the reason shown until the answer is right or the
// user cancels. It signs in against accounts, those of the file named fileName.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { SignIn, CreateAdministrator };

    SignInDialog(AccountService &accounts, const QString &fileName, Mode mode, QWidget *parent = nullptr);
    ~SignInDialog() override;
    // Fills in the login to sign in with (the last one here) and puts typing in the password.
    void fillInLogin(const QString &login);

    // Signs session in: asks when needed, and returns false when the user cancelled. A read-only
    // database without users opens for reading, with nobody signed in. On the office server with a
    // person's login, that login's account is signed in without asking.
    static bool signIn(QWidget *parent, DatabaseSession &session);

    const User &user() const { return m_user; }
    void accept() override;

private:
    static bool signInAsServerLogin(QWidget *parent, DatabaseSession &session, const QString &login);
    Result<User> attempt();

    std::unique_ptr<Ui::SignInDialog> m_ui;
    AccountService &m_accounts;
    Mode m_mode;
    User m_user;
};

} // namespace dotpha
