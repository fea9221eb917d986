#include "UserFormDialog.h"

#include "ui_UserFormDialog.h"

#include "BusyCursor.h"
#include "EnumNames.h"

namespace dotpha {

UserFormDialog::UserFormDialog(Mode mode, const User &user, PasswordKeeper keeper, Save save, QWidget *parent)
    : EditingDialog(parent)
    , m_ui(std::make_unique<Ui::UserFormDialog>())
    , m_mode(mode)
    , m_asksPassword(mode != Mode::Edit && keeper == PasswordKeeper::Dotpha)
    , m_user(user)
    , m_save(std::move(save))
{
    m_ui->setupUi(this);
    for (const UserRole role : {UserRole::Clerk, UserRole::Reviewer, UserRole::Administrator})
        m_ui->roleCombo->addItem(EnumNames::name(role), int(role));
    m_ui->loginEdit->setText(user.login);
    m_ui->nameEdit->setText(user.displayName);
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(int(user.role)));
    m_ui->activeCheck->setChecked(user.active);
    m_ui->messageLabel->hide();

    const bool withPassword = m_asksPassword;
    m_ui->serverPasswordLabel->setVisible(mode == Mode::Add && keeper == PasswordKeeper::Server);
    const bool withDetails = mode != Mode::Password;
    m_ui->loginEdit->setReadOnly(mode != Mode::Add);
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->passwordLabel), static_cast<QWidget *>(m_ui->passwordEdit),
                            static_cast<QWidget *>(m_ui->repeatLabel), static_cast<QWidget *>(m_ui->repeatEdit)})
        widget->setVisible(withPassword);
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->nameLabel), static_cast<QWidget *>(m_ui->nameEdit),
                            static_cast<QWidget *>(m_ui->roleLabel), static_cast<QWidget *>(m_ui->roleCombo),
                            static_cast<QWidget *>(m_ui->activeCheck)})
        widget->setVisible(withDetails);
    m_ui->activeCheck->setVisible(mode == Mode::Edit);
    setWindowTitle(mode == Mode::Add ? tr("New user account")
                   : mode == Mode::Edit ? tr("User account %1").arg(user.login)
                                        : tr("New password for %1").arg(user.login));
    (mode == Mode::Add ? m_ui->loginEdit : mode == Mode::Edit ? m_ui->nameEdit : m_ui->passwordEdit)->setFocus();
    resize(width(), sizeHint().height());   // no room kept for the rows the mode hides
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UserFormDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

UserFormDialog::~UserFormDialog() = default;

User UserFormDialog::shownUser() const
{
    User user = m_user;
    user.login = m_ui->loginEdit->text().trimmed();
    user.displayName = m_ui->nameEdit->text().trimmed();
    user.role = UserRole(m_ui->roleCombo->currentData().toInt());
    user.active = m_ui->activeCheck->isChecked();
    return user;
}

void UserFormDialog::accept()
{
    Status saved;
    if (m_asksPassword && m_ui->passwordEdit->text() != m_ui->repeatEdit->text()) {
        saved = Error::validation(tr("The two passwords differ."));
    } else {
        const BusyCursor busy;
        saved = m_save(shownUser(), m_asksPassword ? m_ui->passwordEdit->text() : QString());
    }
    if (!saved) {
        m_ui->messageLabel->setText(saved.error().message());
        m_ui->messageLabel->show();
        return;
    }
    QDialog::accept();
}

QString UserFormDialog::guideSection() const
{
    return tr("Signing in and accounts");
}

} // namespace dotpha
