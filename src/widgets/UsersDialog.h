#pragma once

#include "User.h"
#include "UserFormDialog.h"

#include <QDialog>

#include <memory>

namespace Ui {
class UsersDialog;
}

namespace dotpha {

class DatabaseSession;

// The administrator's list of user accounts: add one, change its name, role or whether it may
// sign in, set its password. Every change goes through AccountService, which keeps one active
// administrator.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    UsersDialog(DatabaseSession &session, QWidget *parent = nullptr);
    ~UsersDialog() override;

    void reload();
    void addUser();
    void editUser();
    void setPassword();

private:
    const User *selectedUser() const;
    // Opens the account form; the list is read again when the form saved.
    void runForm(UserFormDialog::Mode mode, const User &user, const UserFormDialog::Save &save);

    std::unique_ptr<Ui::UsersDialog> m_ui;
    DatabaseSession &m_session;
    QList<User> m_users;
};

} // namespace dotpha
