#pragma once

#include "Result.h"
#include "ServerAddress.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ServerConnectDialog;
}

namespace dotpha {

// File ▸ Connect to the office server: the server, port, database and login (shown as last used),
// and the password, which is never remembered. Connecting happens while the dialog is open, so
// that a wrong password or an unreachable server is told inside it, with nothing typed lost.
class ServerConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // Tries the address with the password; an error is shown in the dialog, which stays open.
    using Connect = std::function<Status(const ServerAddress &address, const QString &password)>;

    ServerConnectDialog(const ServerAddress &last, Connect tryConnect, QWidget *parent = nullptr);
    ~ServerConnectDialog() override;

    // What the fields say, without the password.
    ServerAddress address() const;
    void setPassword(const QString &password);
    void accept() override;

private:
    void fill(const ServerAddress &address);
    QString missingField() const;

    std::unique_ptr<Ui::ServerConnectDialog> m_ui;
    Connect m_connect;
};

} // namespace dotpha
