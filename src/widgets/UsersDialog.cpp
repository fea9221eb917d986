#include "UsersDialog.h"

#include "ui_UsersDialog.h"

#include "AccountService.h"
#include "DatabaseSession.h"
#include "EnumNames.h"
#include "ErrorPresenter.h"
#include "UserFormDialog.h"
#include "UserRepository.h"
#include "Workspace.h"

#include <QHeaderView>

namespace dotpha {

UsersDialog::UsersDialog(DatabaseSession &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UsersDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->userTable->setColumnCount(4);
    m_ui->userTable->setHorizontalHeaderLabels({tr("Login"), tr("Full name"), tr("Role"), tr("May sign in")});
    m_ui->userTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->userTable->verticalHeader()->hide();
    connect(m_ui->addButton, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_ui->editButton, &QPushButton::clicked, this, &UsersDialog::editUser);
    connect(m_ui->passwordButton, &QPushButton::clicked, this, &UsersDialog::setPassword);
    connect(m_ui->userTable, &QTableWidget::itemDoubleClicked, this, &UsersDialog::editUser);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_session.workspace().isOnServer()) {
        m_ui->passwordButton->setEnabled(false);
        const QString why = tr("On the office server a password is the login's, which the server keeps: its owner "
                               "sets it (ALTER ROLE ... PASSWORD), or the person with \\password in psql.");
        m_ui->passwordButton->setToolTip(why);
        m_ui->passwordButton->setStatusTip(why);
    }
    reload();
}

UsersDialog::~UsersDialog() = default;

void UsersDialog::reload()
{
    const Result<QList<User>> users = m_session.repositories().users.all();
    if (!users) {
        ErrorPresenter::show(this, users.error());
        return;
    }
    m_users = *users;
    m_ui->userTable->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const User &user = m_users.at(row);
        const QStringList cells{user.login, user.displayName, EnumNames::name(user.role), user.active ? tr("Yes") : tr("No")};
        for (int column = 0; column < cells.size(); ++column)
            m_ui->userTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_ui->userTable->resizeColumnsToContents();
    if (!m_users.isEmpty() && !m_ui->userTable->currentIndex().isValid())
        m_ui->userTable->selectRow(0);
}

const User *UsersDialog::selectedUser() const
{
    const int row = m_ui->userTable->currentRow();
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

void UsersDialog::runForm(UserFormDialog::Mode mode, const User &user, const UserFormDialog::Save &save)
{
    const auto keeper = m_session.workspace().isOnServer() ? UserFormDialog::PasswordKeeper::Server
                                                           : UserFormDialog::PasswordKeeper::Dotpha;
    UserFormDialog form(mode, user, keeper, save, this);
    if (form.exec() == QDialog::Accepted)
        reload();
}

void UsersDialog::addUser()
{
    AccountService &accounts = m_session.accounts();
    const User actor = m_session.user();
    const bool onServer = m_session.workspace().isOnServer();
    runForm(UserFormDialog::Mode::Add, User(), [&](const User &shown, const QString &password) {
        const Result<User> added =
            accounts.addUser(actor, shown, onServer ? std::nullopt : std::optional<QString>(password));
        return added ? Status() : Status(added.error());
    });
}

void UsersDialog::editUser()
{
    const User *selected = selectedUser();
    if (!selected)
        return;
    AccountService &accounts = m_session.accounts();
    const User actor = m_session.user();
    runForm(UserFormDialog::Mode::Edit, *selected, [&](const User &shown, const QString &) {
        const Result<int> saved = accounts.updateUser(actor, shown);
        return saved ? Status() : Status(saved.error());
    });
}

void UsersDialog::setPassword()
{
    const User *selected = selectedUser();
    if (!selected)
        return;
    AccountService &accounts = m_session.accounts();
    const User actor = m_session.user();
    runForm(UserFormDialog::Mode::Password, *selected, [&](const User &shown, const QString &password) {
        const Result<int> saved = accounts.setPassword(actor, shown, password);
        return saved ? Status() : Status(saved.error());
    });
}

} // namespace dotpha
