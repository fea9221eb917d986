#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "CommitteeSettingsRepository.h"
#include "FiguresRepository.h"
#include "SummaryService.h"
#include "Workspace.h"

#include <QFileInfo>
#include <QKeySequence>

using namespace Qt::StringLiterals;

namespace dotpha {

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_workspace(workspace)
{
    m_ui->setupUi(this);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);

    const QString fileName = QFileInfo(workspace.database().path()).fileName();
    setWindowTitle(tr("%1 - Dotpha").arg(fileName));
    setWindowFilePath(workspace.database().path());
    if (workspace.database().isReadOnly())
        m_ui->statusBar->showMessage(workspace.database().readOnlyReason());
    showCommitteeAndSummary();
}

MainWindow::~MainWindow() = default;

void MainWindow::showCommitteeAndSummary()
{
    Repositories &repositories = m_workspace.repositories();
    const Result<std::optional<CommitteeSettings>> settings = repositories.settings.load();
    const bool hasCommittee = settings && settings.value();
    m_ui->committeeLabel->setText(hasCommittee ? settings.value()->committeeName : tr("New database"));

    const Result<QList<int>> years = repositories.figures.years();
    if (!years || years->isEmpty()) {
        m_ui->summaryLabel->setText(years ? tr("No tasks have been registered yet.") : years.error().message());
        return;
    }
    const Result<YearSummary> summary = SummaryService(repositories).summaryOf(years->constLast());
    m_ui->summaryLabel->setText(summary ? summary->sentence : summary.error().message());
}

} // namespace dotpha
