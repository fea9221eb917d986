#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace dotpha {

class Workspace;

// The application's main window over one open database.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void showCommitteeAndSummary();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace &m_workspace;
};

} // namespace dotpha
