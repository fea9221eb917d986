#include "ServerConnectDialog.h"

#include "ui_ServerConnectDialog.h"

#include "BusyCursor.h"

#include <QPushButton>

namespace dotpha {

namespace {

constexpr int DefaultPort = 5432;

} // namespace

ServerConnectDialog::ServerConnectDialog(const ServerAddress &last, Connect tryConnect, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServerConnectDialog>())
    , m_connect(std::move(tryConnect))
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_ui->problemLabel->hide();
    fill(last);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ServerConnectDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ServerConnectDialog::~ServerConnectDialog() = default;

void ServerConnectDialog::fill(const ServerAddress &address)
{
    m_ui->hostEdit->setText(address.host);
    m_ui->portSpin->setValue(address.port > 0 ? address.port : DefaultPort);
    if (!address.database.isEmpty())
        m_ui->databaseEdit->setText(address.database);
    m_ui->loginEdit->setText(address.login);
    // The first field still empty takes the cursor: the password, once the rest is remembered.
    for (QLineEdit *field : {m_ui->hostEdit, m_ui->databaseEdit, m_ui->loginEdit, m_ui->passwordEdit}) {
        if (field->text().isEmpty()) {
            field->setFocus();
            break;
        }
    }
}

ServerAddress ServerConnectDialog::address() const
{
    ServerAddress address;
    address.host = m_ui->hostEdit->text().trimmed();
    address.port = m_ui->portSpin->value() == DefaultPort ? 0 : m_ui->portSpin->value();
    address.database = m_ui->databaseEdit->text().trimmed();
    address.login = m_ui->loginEdit->text().trimmed();
    return address;
}

void ServerConnectDialog::setPassword(const QString &password)
{
    m_ui->passwordEdit->setText(password);
}

QString ServerConnectDialog::missingField() const
{
    if (m_ui->hostEdit->text().trimmed().isEmpty())
        return tr("Enter the server's name or address.");
    if (m_ui->databaseEdit->text().trimmed().isEmpty())
        return tr("Enter the name of the database on the server.");
    if (m_ui->loginEdit->text().trimmed().isEmpty())
        return tr("Enter your login on the server.");
    return {};
}

void ServerConnectDialog::accept()
{
    QString problem = missingField();
    if (problem.isEmpty()) {
        const BusyCursor busy;
        const Status connected = m_connect(address(), m_ui->passwordEdit->text());
        if (connected || connected.error().kind() == Error::Kind::Cancelled) {
            QDialog::accept();
            return;
        }
        problem = connected.error().message();
    }
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->show();
}

} // namespace dotpha
