#pragma once

#include "EditingDialog.h"
#include "Result.h"
#include "User.h"

#include <functional>
#include <memory>

namespace Ui {
class UserFormDialog;
}

namespace dotpha {

// One user account: a new one (login, name, role, password), an existing one's name, role and
// whether it may sign in, or a new password for it. On OK it runs save, and stays open with the
// message when save refuses.
class UserFormDialog : public EditingDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Edit, Password };
    // Who keeps the password: Dotpha (a file's accounts), or the office server, whose login of the
    // account's name signs the person in; the form then asks for none.
    enum class PasswordKeeper { Dotpha, Server };
    // Saves the account as shown, with the password typed (empty when the mode has none).
    using Save = std::function<Status(const User &user, const QString &password)>;

    UserFormDialog(Mode mode, const User &user, PasswordKeeper keeper, Save save, QWidget *parent = nullptr);
    ~UserFormDialog() override;

    void accept() override;

protected:
    QString guideSection() const override;

private:
    User shownUser() const;

    std::unique_ptr<Ui::UserFormDialog> m_ui;
    Mode m_mode;
    bool m_asksPassword;
    User m_user;
    Save m_save;
};

} // namespace dotpha
