#include "SignInDialog.h"

#include "ui_SignInDialog.h"

#include "AccountService.h"
#include "AppSettings.h"
#include "BusyCursor.h"
#include "DatabaseSession.h"
#include "ErrorPresenter.h"

#include <QFileInfo>
#include <QPushButton>

namespace dotpha {

SignInDialog::SignInDialog(AccountService &accounts, const QString &fileName, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_accounts(accounts)
    , m_mode(mode)
{
    m_ui->setupUi(this);
    const QString file = fileName;
    const bool creating = mode == Mode::CreateAdministrator;
    m_ui->nameLabel->setVisible(creating);
    m_ui->nameEdit->setVisible(creating);
    m_ui->repeatLabel->setVisible(creating);
    m_ui->repeatEdit->setVisible(creating);
    m_ui->messageLabel->hide();
    if (creating) {
        setWindowTitle(tr("Create the administrator"));
        m_ui->introLabel->setText(tr("%1 has no users yet. Create its administrator account: the administrator "
                                     "adds the clerks and reviewers, and closes the year. Keep the password safe; "
                                     "it cannot be recovered.").arg(file));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create and sign in"));
    } else {
        m_ui->introLabel->setText(tr("Sign in to %1.").arg(file));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SignInDialog::~SignInDialog() = default;

// The login signed in last here: only the password is left to type.
void SignInDialog::fillInLogin(const QString &login)
{
    if (login.isEmpty())
        return;
    m_ui->loginEdit->setText(login);
    m_ui->passwordEdit->setFocus();
}

Result<User> SignInDialog::attempt()
{
    AccountService &accounts = m_accounts;
    if (m_mode == Mode::SignIn)
        return accounts.signIn(m_ui->loginEdit->text(), m_ui->passwordEdit->text());
    if (m_ui->passwordEdit->text() != m_ui->repeatEdit->text())
        return Error::validation(tr("The two passwords differ."));
    return accounts.createFirstAdministrator(m_ui->loginEdit->text(), m_ui->nameEdit->text(),
                                             m_ui->passwordEdit->text());
}

void SignInDialog::accept()
{
    Result<User> user = [this] {
        const BusyCursor busy;   // hashing the password takes a noticeable moment, by design
        return attempt();
    }();
    if (!user) {
        m_ui->messageLabel->setText(user.error().message());
        m_ui->messageLabel->show();
        m_ui->passwordEdit->clear();
        m_ui->repeatEdit->clear();
        m_ui->passwordEdit->setFocus();
        return;
    }
    m_user = *user;
    QDialog::accept();
}

// The office server has checked the password already: no dialog asks for it again.
bool SignInDialog::signInAsServerLogin(QWidget *parent, DatabaseSession &session, const QString &login)
{
    const Result<User> user = session.accounts().signInAsServerLogin(login, session.workspace().shortName(),
                                                                     session.workspace().serverGroups());
    const Status signedIn = user ? session.signIn(*user) : Status(user.error());
    if (!signedIn)
        ErrorPresenter::show(parent, signedIn.error());
    return signedIn.ok();
}

bool SignInDialog::signIn(QWidget *parent, DatabaseSession &session)
{
    const Result<bool> hasUsers = session.accounts().hasUsers();
    if (!hasUsers) {
        ErrorPresenter::show(parent, hasUsers.error());
        return false;
    }
    if (!*hasUsers && session.workspace().isReadOnly())
        return true;   // nothing can be written, so there is no one to name
    if (const QString login = session.workspace().serverLogin(); !login.isEmpty())
        return signInAsServerLogin(parent, session, login);
    SignInDialog dialog(session.accounts(), session.workspace().shortName(),
                        *hasUsers ? Mode::SignIn : Mode::CreateAdministrator, parent);
    AppSettings settings;
    if (*hasUsers)
        dialog.fillInLogin(settings.lastLogin(session.workspace().location()));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (const Status signedIn = session.signIn(dialog.user()); !signedIn) {
        ErrorPresenter::show(parent, signedIn.error());
        return false;
    }
    settings.setLastLogin(session.workspace().location(), dialog.user().login);
    return true;
}

} // namespace dotpha
