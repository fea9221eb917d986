#pragma once

#include "ServerConnectDialog.h"

#include <QDialog>

#include <memory>

namespace Ui {
class WelcomeDialog;
}

namespace dotpha {

// Shown on first start: choose the language, then create a database for the committee, open the
// sample, open an existing file, or connect to the office server. path() is the file to open when
// accepted, unless connectedToServer(): then the window has opened the server's database already.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    // folder: where new databases and the sample are created. connectToServer opens a server's
    // database in the window (MainWindow::openServer); without it, the page offers no server.
    explicit WelcomeDialog(const QString &folder, ServerConnectDialog::Connect connectToServer = {},
                           QWidget *parent = nullptr);
    ~WelcomeDialog() override;

    QString path() const { return m_path; }
    QString language() const;
    bool connectedToServer() const { return m_connectedToServer; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void createDatabase();
    void openSample();
    void openExisting();
    void connectToServer();
    void languageChosen();

    std::unique_ptr<Ui::WelcomeDialog> m_ui;
    QString m_folder;
    QString m_path;
    ServerConnectDialog::Connect m_connectToServer;
    bool m_connectedToServer = false;
};

} // namespace dotpha
