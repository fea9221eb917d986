#pragma once

#include "Result.h"
#include "User.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class UserFormDialog;
}

namespace dotpha {

// One user account: a new one (login, name, role, password), an existing one's name, role and
// whether it may sign in, or a new password for it. On OK it runs save, and stays open with the
// message when save refuses.
class UserFormDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Edit, Password };
    // Saves the account as shown, with the password typed (empty when the mode has none).
    using Save = std::function<Status(const User &user, const QString &password)>;

    UserFormDialog(Mode mode, const User &user, Save save, QWidget *parent = nullptr);
    ~UserFormDialog() override;

    void accept() override;

private:
    User shownUser() const;

    std::unique_ptr<Ui::UserFormDialog> m_ui;
    Mode m_mode;
    User m_user;
    Save m_save;
};

} // namespace dotpha
