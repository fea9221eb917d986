#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "AddTaskCommand.h"
#include "AutomaticBackups.h"
#include "BackupRestorer.h"
#include "DailyBackup.h"
#include "BusyCursor.h"
#include "DatabaseSession.h"
#include "ErrorPresenter.h"
#include "FiguresRepository.h"
#include "ClosedYearRepository.h"
#include "CommitteeSettingsRepository.h"
#include "NavigatorModel.h"
#include "NewDatabaseDialog.h"
#include "ReferenceDataDialog.h"
#include "RecordCommands.h"
#include "RemoveTaskCommand.h"
#include "AuditLogDialog.h"
#include "EnumNames.h"
#include "ProgressMenu.h"
#include "ReportMenu.h"
#include "ReviewMenu.h"
#include "AccountService.h"
#include "UserFormDialog.h"
#include "UserRepository.h"
#include "UsersDialog.h"
#include "WorkflowPolicy.h"
#include "ServerConnectDialog.h"
#include "SignInDialog.h"
#include "BackgroundFileReader.h"
#include "ImportDialog.h"
#include "RegistrationExporter.h"
#include "TableClipboard.h"
#include "TaskDetailsFormatter.h"
#include "TaskEditorDialog.h"
#include "TaskService.h"
#include "ActionRefusal.h"
#include "UserGuideWindow.h"
#include "YearSeal.h"
#include "TaskTableModel.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

// Long enough to wait for the next keystroke of a word, short enough to feel immediate.
constexpr int SearchDelayMs = 150;
const char *const DatabaseFilter = QT_TRANSLATE_NOOP("dotpha::MainWindow", "Dotpha databases (*.sqlite *.db)");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_undoGroup(new QUndoGroup(this))
    , m_signIn(&SignInDialog::signIn)
{
    m_ui->setupUi(this);
    m_ui->taskView->verticalHeader()->hide();
    // Fixed row heights let the view lay out 100,000 rows without measuring each one.
    m_ui->taskView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->taskView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->taskView->horizontalHeader()->setSectionsMovable(true);
    m_ui->centralLayout->setStretch(1, 1);   // the splitter takes the height, not the committee's name
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->contentSplitter->setStretchFactor(0, 3);
    m_ui->contentSplitter->setStretchFactor(1, 2);
    createActions();
    createToolBar();
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(u"userLabel"_s);
    statusBar()->addPermanentWidget(m_userLabel);
    connect(m_ui->taskView, &QAbstractItemView::doubleClicked, this, &MainWindow::editCurrentTask);
    setWindowTitle(tr("Dotpha"));
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    createFileMenu();
    createEditMenu();
    createDataAndHelpMenus();
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New database..."), this, &MainWindow::createNewDatabase);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open database..."), this, &MainWindow::chooseAndOpen);
    openAction->setShortcut(QKeySequence::Open);
    QAction *connectAction = file->addAction(tr("&Connect to the office server..."), this, [this] { connectToServer(); });
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_switchUserAction = file->addAction(tr("Sign in as &another user..."), this, &MainWindow::switchUser);
    m_switchUserAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_passwordAction = file->addAction(tr("Change my pass&word..."), this, &MainWindow::changeOwnPassword);
    m_backupAction = file->addAction(tr("&Back up..."), this, &MainWindow::backUp);
    m_restoreAction = file->addAction(tr("Res&tore a backup..."), this, &MainWindow::restoreBackup);
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import registrations..."), this, &MainWindow::importRegistrations);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportActions << file->addAction(tr("&Export the year's registrations..."), this, &MainWindow::exportRegistrations)
                    << file->addAction(tr("E&xport a blank registration template..."), this, &MainWindow::exportTemplate);
    m_backupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    updateRecentMenu();
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    // Ctrl+Y as well as the platform's own (Ctrl+Shift+Z on Linux desktops), as office users expect.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_newCollectiveAction = edit->addAction(tr("New &collective task..."), this, [this] { newTask(TaskKind::Collective); });
    m_newCollectiveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_newCollectiveAction->setObjectName(u"newCollectiveAction"_s);
    m_newIndividualAction = edit->addAction(tr("New &individual task..."), this, [this] { newTask(TaskKind::Individual); });
    m_newIndividualAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_editAction = edit->addAction(tr("&Edit task..."), this, &MainWindow::editCurrentTask);
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editAction->setObjectName(u"editTaskAction"_s);
    m_deleteAction = edit->addAction(tr("&Delete task"), this, &MainWindow::deleteCurrentTask);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setObjectName(u"deleteTaskAction"_s);
    QAction *copy = edit->addAction(tr("C&opy rows"), this, [this] { TableClipboard::copySelection(*m_ui->taskView); });
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find..."), this, [this] {
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    // Ctrl+C copies rows only while the table has the focus; the search box keeps its own copy.
    m_ui->taskView->addActions({m_editAction, m_deleteAction, copy});
    m_ui->taskView->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void MainWindow::createDataAndHelpMenus()
{
    QMenu *data = menuBar()->addMenu(tr("&Data"));
    m_referenceActions << data->addAction(tr("&Units..."), this, [this] { openReferenceData(0); })
                       << data->addAction(tr("&People..."), this, [this] { openReferenceData(1); })
                       << data->addAction(tr("&Fields..."), this, [this] { openReferenceData(2); });
    data->addSeparator();
    m_auditAction = data->addAction(tr("Change &log..."), this, &MainWindow::showAuditLog);
    m_auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_usersAction = data->addAction(tr("User &accounts..."), this, &MainWindow::manageUsers);

    m_reviewMenu = new ReviewMenu({[this] { return m_session.get(); }, [this] { return selectedYear(); },
                                   [this] { return currentTask(); }, [this] { return selectedTasks(); },
                                   [this](Task &task) { return runEditor(task, EditorUse::BeforeADecision); }},
                                  this);
    menuBar()->addMenu(m_reviewMenu);
    connect(m_reviewMenu, &ReviewMenu::changed, this, &MainWindow::afterReviewChange);
    m_progressMenu = new ProgressMenu({[this] { return m_session.get(); }, [this] { return currentTask(); }}, this);
    menuBar()->addMenu(m_progressMenu);
    connect(m_progressMenu, &ProgressMenu::changed, this, &MainWindow::afterReviewChange);

    m_reportMenu = new ReportMenu({[this] { return m_session.get(); }, [this] { return selectedYear(); },
                                   [this] { return currentTask(); }},
                                  this);
    menuBar()->addMenu(m_reportMenu);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("Automatic &backups..."), this, &MainWindow::chooseBackupsKept);
    QMenu *language = settings->addMenu(tr("&Language"));
    language->addAction(u"Tiếng Việt"_s, this, [this] { chooseLanguage(u"vi"_s); });
    language->addAction(u"English"_s, this, [this] { chooseLanguage(u"en"_s); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"), this, [this] { UserGuideWindow::open(this, tr("Main window")); });
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setObjectName(u"userGuideAction"_s);
    help->addAction(tr("&About Dotpha"), this, &MainWindow::showAbout);
}

void MainWindow::createToolBar()
{
    m_ui->mainToolBar->addWidget(new QLabel(tr("Year:") + u" "_s, this));
    m_yearCombo = new QComboBox(this);
    m_yearCombo->setObjectName(u"yearCombo"_s);
    m_yearCombo->setAccessibleName(tr("Year"));
    m_ui->mainToolBar->addWidget(m_yearCombo);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(m_newCollectiveAction);
    m_ui->mainToolBar->addAction(m_newIndividualAction);
    m_ui->mainToolBar->addSeparator();
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(u"searchEdit"_s);
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setPlaceholderText(tr("Search tasks, units, people (accents optional)"));
    m_searchEdit->setMinimumWidth(320);
    m_ui->mainToolBar->addWidget(m_searchEdit);
    // Esc in the search box clears it, and the list shows every task again.
    auto *clearSearch = new QAction(m_searchEdit);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    connect(clearSearch, &QAction::triggered, m_searchEdit, &QLineEdit::clear);
    m_searchEdit->addAction(clearSearch);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applyFilters);
    connect(m_yearCombo, &QComboBox::activated, this, [this] {
        if (m_session)
            setYear(selectedYear());
    });
}

Status MainWindow::openDatabase(const QString &path)
{
    const BusyCursor busy;   // a large file takes most of a second to check and show
    const AutomaticBackups backups(AutomaticBackups::standardFolder(), m_settings.dailyBackupsKept());
    Result<std::unique_ptr<Workspace>> workspace = Workspace::open(path, Database::Mode::OpenOrCreate, &backups);
    if (!workspace)
        return workspace.error();
    return adopt(std::move(workspace).value());
}

Status MainWindow::openServer(const ServerAddress &address, const QString &password)
{
    const BusyCursor busy;
    Result<std::unique_ptr<Workspace>> workspace = Workspace::openServer(address, password);
    if (!workspace)
        return workspace.error();
    return adopt(std::move(workspace).value());
}

// Signs someone in on workspace and shows it in place of the database open until now.
Status MainWindow::adopt(std::unique_ptr<Workspace> workspace)
{
    auto session = std::make_unique<DatabaseSession>(std::move(workspace));
    if (!m_signIn(this, *session))
        return Error(Error::Kind::Cancelled, tr("Not signed in."));
    if (m_session)
        saveLayout();
    m_session = std::move(session);
    m_undoGroup->addStack(&m_session->undoStack());
    m_undoGroup->setActiveStack(&m_session->undoStack());
    m_settings.rememberDatabase(m_session->workspace().location());
    updateRecentMenu();
    showSession();
    startDailyBackup();
    return {};
}

// After the window shows the file: the copy runs meanwhile, on a connection of its own. A
// server's backups are its administrator's (pg_dump), not each PC's.
void MainWindow::startDailyBackup()
{
    if (!m_session || m_session->workspace().isReadOnly() || m_session->workspace().isOnServer())
        return;
    if (!m_dailyBackup) {
        m_dailyBackup = new DailyBackup(AutomaticBackups::standardFolder(), m_settings.dailyBackupsKept(), this);
        connect(m_dailyBackup, &DailyBackup::finished, this, [this](const QString &made, const QString &failure) {
            if (!failure.isEmpty())
                statusBar()->showMessage(tr("Today's automatic backup could not be made: %1").arg(failure), 15000);
            else if (!made.isEmpty())
                statusBar()->showMessage(tr("Today's automatic backup: %1").arg(QDir::toNativeSeparators(made)), 8000);
        });
    }
    m_dailyBackup->start(m_session->workspace().location());
}

void MainWindow::closeSession()
{
    if (!m_session)
        return;
    if (m_dailyBackup)
        m_dailyBackup->wait();
    saveLayout();
    m_ui->taskView->setModel(nullptr);
    m_ui->navigatorView->setModel(nullptr);
    m_session.reset();
    setWindowTitle(tr("Dotpha"));
    m_ui->committeeLabel->clear();
    showCurrentTaskDetails();
}

Status MainWindow::restoreBackupFrom(const QString &backup)
{
    const bool hadSession = m_session != nullptr;
    if (hadSession && m_session->workspace().isOnServer())
        return Error(Error::Kind::Refused,
                     tr("A backup of the office server is restored on the server, by whoever looks after it "
                        "(pg_restore): a PC does not replace the database everyone works in."));
    const QString target = hadSession ? m_session->workspace().location() : m_settings.lastDatabase();
    if (target.isEmpty())
        return Error(Error::Kind::Refused, tr("Open the database to restore first, or start from the welcome page."));
    const std::optional<User> signedIn = hadSession ? std::optional(m_session->user()) : std::nullopt;
    const Result<QString> kept = BackupRestorer::restore(this, backup, target, signedIn, [this] { closeSession(); });
    // Closed only once the backup passed; then reopened whatever happened next. Nothing is
    // opened that was not open before, unless the restore put it in place.
    const bool reopen = !m_session && (hadSession || kept.ok());
    const Status reopened = reopen ? openDatabase(target) : Status();
    if (!kept)
        return kept.error();
    if (!reopened)
        return reopened;
    statusBar()->showMessage(kept->isEmpty() ? tr("Restored from %1.").arg(QDir::toNativeSeparators(backup))
                                             : tr("Restored from %1; the replaced database is kept as %2.")
                                                   .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(*kept)),
                             15000);
    return {};
}

void MainWindow::restoreBackup()
{
    const QString backup = QFileDialog::getOpenFileName(this, tr("Restore a backup"), AutomaticBackups::standardFolder(),
                                                        tr(DatabaseFilter));
    if (backup.isEmpty())
        return;
    if (const Status restored = restoreBackupFrom(backup); !restored)
        ErrorPresenter::show(this, restored.error());
}

void MainWindow::chooseBackupsKept()
{
    bool ok = false;
    const int kept = QInputDialog::getInt(this, tr("Automatic backups"),
                                          tr("Dotpha copies each database once a day when it is first opened, and "
                                             "before every upgrade of its data format, into %1.\n\nDaily copies "
                                             "kept of each database:").arg(QDir::toNativeSeparators(AutomaticBackups::standardFolder())),
                                          m_settings.dailyBackupsKept(), 1, 365, 1, &ok);
    if (ok)
        m_settings.setDailyBackupsKept(kept);
}

void MainWindow::showSession()
{
    DatabaseSession &session = *m_session;
    const Workspace &workspace = session.workspace();
    setWindowFilePath(workspace.isOnServer() ? QString() : workspace.location());
    setWindowTitle(tr("%1 - Dotpha").arg(workspace.shortName()) + u"[*]"_s);

    const auto settings = session.repositories().settings.load();
    m_ui->committeeLabel->setText(settings && settings.value() ? settings.value()->committeeName
                                                               : workspace.shortName());

    m_ui->taskView->setModel(&session.taskModel());
    m_ui->navigatorView->setModel(&session.navigatorModel());
    connect(m_ui->taskView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentTaskDetails);
    connect(m_ui->navigatorView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::applyFilters);
    connect(&session.taskModel(), &TaskTableModel::totalCountChanged, this, &MainWindow::updateStatus);
    connect(&session.taskModel(), &TaskTableModel::loadFailed, this,
            [this](const Error &error) { ErrorPresenter::show(this, error); });
    connect(&session.taskModel(), &QAbstractItemModel::dataChanged, this, &MainWindow::showCurrentTaskDetails);

    const auto years = session.repositories().figures.years();
    const int currentYear = QDate::currentDate().year();
    fillYears(years && !years->isEmpty() ? std::min(years->constLast(), currentYear) : currentYear);
    setYear(selectedYear());
    if (!m_layoutRestored) {
        restoreLayout();
        m_layoutRestored = true;
    }
    updateActions();
}

void MainWindow::fillYears(int preferred)
{
    const auto years = m_session->repositories().figures.years();
    int first = std::min(preferred, QDate::currentDate().year()) - 1;
    int last = std::max(preferred, QDate::currentDate().year()) + 1;
    if (years && !years->isEmpty()) {
        first = std::min(first, years->constFirst());
        last = std::max(last, years->constLast());
    }
    m_yearCombo->clear();
    for (int year = last; year >= first; --year)
        m_yearCombo->addItem(QString::number(year), year);
    m_yearCombo->setCurrentIndex(m_yearCombo->findData(preferred));
}

void MainWindow::setYear(int year)
{
    if (!m_session)
        return;
    if (m_yearCombo->findData(year) < 0)
        fillYears(year);
    m_yearCombo->setCurrentIndex(m_yearCombo->findData(year));
    readYearClosed();
    m_session->navigatorModel().setYear(year, QDate::currentDate());
    m_ui->navigatorView->setCurrentIndex(m_session->navigatorModel().allTasksIndex());
    m_ui->navigatorView->expandAll();
    applyFilters();
}

void MainWindow::searchFor(const QString &text)
{
    const QSignalBlocker blocker(m_searchEdit);
    m_searchEdit->setText(text);
    m_searchTimer->stop();
    applyFilters();
}

void MainWindow::applyFilters()
{
    if (!m_session)
        return;
    TaskQuery query = m_session->taskModel().query();
    query.searchText = m_searchEdit->text();
    query = m_session->navigatorModel().queryFor(m_ui->navigatorView->currentIndex(), query);
    m_session->taskModel().setQuery(query);
    if (m_session->taskModel().rowCount() > 0)
        m_ui->taskView->selectRow(0);
    showCurrentTaskDetails();
}

std::optional<Task> MainWindow::currentTask() const
{
    if (!m_session)
        return std::nullopt;
    const Task *task = m_session->taskModel().taskAt(m_ui->taskView->currentIndex().row());
    return task ? std::optional<Task>(*task) : std::nullopt;
}

QList<Task> MainWindow::selectedTasks() const
{
    QList<Task> tasks;
    if (!m_session)
        return tasks;
    for (const QModelIndex &index : m_ui->taskView->selectionModel()->selectedRows()) {
        if (const Task *task = m_session->taskModel().taskAt(index.row()))
            tasks << *task;
    }
    return tasks;
}

void MainWindow::showCurrentTaskDetails()
{
    const std::optional<Task> task = currentTask();
    if (!task) {
        for (QTextBrowser *browser : {m_ui->registrationBrowser, m_ui->decisionsBrowser, m_ui->progressBrowser,
                                      m_ui->evaluationBrowser, m_ui->historyBrowser})
            browser->clear();
    } else {
        const TaskDetailsFormatter formatter(m_session->repositories());
        m_ui->registrationBrowser->setHtml(formatter.registration(*task));
        m_ui->decisionsBrowser->setHtml(formatter.decisions(*task));
        m_ui->progressBrowser->setHtml(formatter.progress(*task));
        m_ui->evaluationBrowser->setHtml(formatter.evaluation(*task));
        m_ui->historyBrowser->setHtml(formatter.history(*task));
    }
    updateActions();
}

void MainWindow::updateActions()
{
    const bool writable = m_session && !m_session->workspace().isReadOnly();
    const std::optional<Task> task = currentTask();
    const UserRole role = m_session ? m_session->user().role : UserRole::Clerk;
    // What a role may not do is hidden; what the task's state does not allow is disabled.
    const bool registers = WorkflowPolicy::allows(role, WorkflowPolicy::Action::Register);
    for (QAction *action : {m_newCollectiveAction, m_newIndividualAction, m_editAction, m_deleteAction, m_importAction})
        action->setVisible(registers);
    const QString yearRefusal = isSelectedYearClosed() ? YearSeal::closedMessage(selectedYear()) : QString();
    for (QAction *action : {m_newCollectiveAction, m_newIndividualAction})
        applyRefusal(action, writable, yearRefusal);
    const QString taskRefusal = changeRefusal(task);
    for (QAction *action : {m_editAction, m_deleteAction})
        applyRefusal(action, writable && task, taskRefusal);
    m_usersAction->setVisible(WorkflowPolicy::allows(role, WorkflowPolicy::Action::ManageUsers));
    m_usersAction->setEnabled(writable);
    m_auditAction->setEnabled(m_session != nullptr);
    m_switchUserAction->setEnabled(writable);
    // On the office server the password is the login's, kept by the server (UsersDialog says so).
    const bool onServer = m_session && m_session->workspace().isOnServer();
    m_passwordAction->setEnabled(writable && m_session && m_session->user().id > 0 && !onServer);
    m_passwordAction->setToolTip(onServer ? tr("On the office server your password is your login's: change it "
                                               "with \\password in psql, or ask the database's owner.")
                                          : QString());
    m_reviewMenu->updateActions();
    m_progressMenu->updateActions();
    if (m_session && !m_session->user().displayName.isEmpty())
        m_userLabel->setText(tr("%1 (%2)").arg(m_session->user().displayName, EnumNames::name(role)));
    else
        m_userLabel->clear();
    m_backupAction->setEnabled(m_session != nullptr);
    // Replacing the open database is an administrator's; with none open, the database's own
    // administrator signs in.
    m_restoreAction->setEnabled(!m_session || WorkflowPolicy::allows(role, WorkflowPolicy::Action::ManageUsers));
    for (QAction *action : std::as_const(m_referenceActions))
        action->setEnabled(m_session != nullptr);
    m_reportMenu->setEnabled(m_session != nullptr);
    m_importAction->setEnabled(writable);
    for (QAction *action : std::as_const(m_exportActions))
        action->setEnabled(m_session != nullptr);
}

void MainWindow::updateStatus(int total)
{
    QString text = tr("%n task(s)", nullptr, total);
    if (isSelectedYearClosed())
        text += u" \u2014 "_s + tr("the year %1 is closed").arg(selectedYear());
    if (m_session && m_session->workspace().isReadOnly())
        text += u" \u2014 "_s + m_session->workspace().readOnlyReason();
    statusBar()->showMessage(text);
}

CommandFeedback MainWindow::feedback()
{
    CommandFeedback feedback;
    feedback.failed = [this](const Error &error) { ErrorPresenter::show(this, error); };
    return feedback;
}

bool MainWindow::runEditor(Task &task, EditorUse use)
{
    TaskEditorDialog editor(m_session->repositories(), this);
    editor.setSubmitOffered(use == EditorUse::Registration);
    editor.setTask(task);
    if (editor.exec() != QDialog::Accepted)
        return false;
    task = editor.task();
    return true;
}

void MainWindow::newTask(TaskKind kind)
{
    if (!m_session)
        return;
    Task task;
    task.kind = kind;
    task.year = selectedYear();
    task.deadline = QDate(task.year, 12, 31);
    if (const QVariant unitId = m_ui->navigatorView->currentIndex().data(NavigatorModel::UnitIdRole); unitId.isValid())
        task.unitId = unitId.toLongLong();
    if (!runEditor(task))
        return;
    auto *command = new AddTaskCommand(m_session->tasks(), task, feedback());
    m_session->undoStack().push(command);
    if (const int row = m_session->taskModel().rowOf(command->taskId()); row >= 0)
        m_ui->taskView->selectRow(row);
}

// Why the selected task does not change from here (the year closed, the task decided); empty when
// it does. Said by the disabled actions and by a double-click, which otherwise would do nothing.
QString MainWindow::changeRefusal(const std::optional<Task> &task) const
{
    if (!task)
        return {};
    if (isSelectedYearClosed() && task->year == selectedYear())
        return YearSeal::closedMessage(task->year);
    return TaskService::lockedMessage(*task);
}

void MainWindow::editCurrentTask()
{
    std::optional<Task> before = currentTask();
    if (!before)
        return;
    if (!m_editAction->isEnabled()) {
        if (const QString refusal = changeRefusal(before); !refusal.isEmpty())
            statusBar()->showMessage(refusal, 10000);
        return;
    }
    Task after = *before;
    if (!runEditor(after))
        return;
    m_session->undoStack().push(new EditRecordCommand<TaskService, Task>(
        m_session->tasks(), *before, after, tr("edit task \u201c%1\u201d").arg(after.title.left(60)), feedback()));
}

void MainWindow::deleteCurrentTask()
{
    const std::optional<Task> task = currentTask();
    if (!task)
        return;
    if (!m_deleteAction->isEnabled()) {
        if (const QString refusal = changeRefusal(task); !refusal.isEmpty())
            statusBar()->showMessage(refusal, 10000);
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Delete task"),
        tr("Delete the task \u201c%1\u201d? You can undo this with %2.")
            .arg(task->title, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        m_session->undoStack().push(new RemoveTaskCommand(m_session->tasks(), *task, feedback()));
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QString(), tr(DatabaseFilter));
    if (path.isEmpty())
        return;
    if (const Status opened = openDatabase(path); !opened)
        ErrorPresenter::show(this, opened.error());
}

void MainWindow::connectToServer(const QString &address)
{
    const QString shown = address.isEmpty() ? m_settings.lastServer() : address;
    ServerConnectDialog dialog(ServerAddress::parse(shown).value_or(ServerAddress()),
                               [this](const ServerAddress &chosen, const QString &password) {
                                   return openServer(chosen, password);
                               },
                               this);
    dialog.exec();
}

void MainWindow::createNewDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QString(), tr(DatabaseFilter));
    if (path.isEmpty())
        return;
    NewDatabaseDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        ErrorPresenter::show(this, Error(Error::Kind::File, tr("Cannot replace %1.").arg(path)));
        return;
    }
    if (const Status created = NewDatabaseDialog::create(path, dialog.settings()); !created) {
        ErrorPresenter::show(this, created.error());
        return;
    }
    if (const Status opened = openDatabase(path); !opened)
        ErrorPresenter::show(this, opened.error());
}

void MainWindow::backUp()
{
    if (!m_session)
        return;
    Workspace &workspace = m_session->workspace();
    // A server's copy is its dump, which pg_restore reads, not a database file.
    const QString base = workspace.isOnServer() ? workspace.shortName().section(u'/', -1)
                                                : QFileInfo(workspace.location()).completeBaseName();
    const QString suggested = base + u"-"_s + QDate::currentDate().toString(u"yyyy-MM-dd"_s)
                              + (workspace.isOnServer() ? u".dump"_s : u".sqlite"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up database"), suggested, tr(DatabaseFilter));
    if (path.isEmpty())
        return;
    Status done;
    {
        const BusyCursor busy;
        done = workspace.backupTo(path);
    }
    if (!done)
        ErrorPresenter::show(this, done.error());
    else
        statusBar()->showMessage(tr("Backed up to %1.").arg(path), 8000);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        const std::optional<ServerAddress> server = ServerAddress::parse(path);
        const QString name = server ? server->displayName() : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(name), this, [this, path, server] {
            // A server asks for the password, unless libpq's password file gives it.
            if (server) {
                if (const Status opened = openDatabase(path); !opened)
                    connectToServer(path);
                return;
            }
            if (const Status opened = openDatabase(path); !opened) {
                m_settings.forgetDatabase(path);
                updateRecentMenu();
                ErrorPresenter::show(this, opened.error());
            }
        });
        action->setObjectName(u"recentFileAction"_s);
        action->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::openReferenceData(int tab)
{
    if (!m_session)
        return;
    ReferenceDataDialog dialog(m_session->repositories(), m_session->referenceData(), m_session->undoStack(), this);
    dialog.showTab(tab);
    dialog.exec();
    m_session->navigatorModel().setYear(selectedYear(), QDate::currentDate());
    m_ui->navigatorView->expandAll();
    applyFilters();
}

void MainWindow::chooseLanguage(const QString &language)
{
    m_settings.setLanguage(language);
    QMessageBox::information(this, tr("Language"),
                             language == u"vi"_s ? u"Giao diện tiếng Việt sẽ được dùng từ lần mở Dotpha sau."_s
                                                 : u"The English interface will be used from the next start of Dotpha."_s);
}

int MainWindow::selectedYear() const
{
    return m_yearCombo->currentData().toInt();
}

bool MainWindow::isSelectedYearClosed() const
{
    return m_session && m_selectedYearClosed;
}

// Read when the year changes and after a review step (which may close it), not on every selection.
void MainWindow::readYearClosed()
{
    if (!m_session)
        return;
    const Result<bool> closed = m_session->repositories().closedYears.isClosed(selectedYear());
    m_selectedYearClosed = closed && *closed;
}

void MainWindow::selectTask(qint64 taskId)
{
    if (!m_session)
        return;
    if (const int row = m_session->taskModel().rowOf(taskId); row >= 0)
        m_ui->taskView->selectRow(row);
}

void MainWindow::afterReviewChange(const QString &message)
{
    readYearClosed();
    if (!message.isEmpty())
        statusBar()->showMessage(message, 8000);
    showCurrentTaskDetails();
}

void MainWindow::switchUser()
{
    if (!m_session || !m_signIn(this, *m_session))
        return;
    // Another user, other rights: the undo history of the previous one is not theirs to replay.
    m_session->undoStack().clear();
    updateActions();
    statusBar()->showMessage(tr("Signed in as %1.").arg(m_session->user().displayName), 8000);
}

void MainWindow::changeOwnPassword()
{
    if (!m_session || m_session->user().id <= 0)
        return;
    AccountService &accounts = m_session->accounts();
    UserRepository &users = m_session->repositories().users;
    const User self = m_session->user();
    UserFormDialog form(UserFormDialog::Mode::Password, self, UserFormDialog::PasswordKeeper::Dotpha,
                        [&](const User &, const QString &password) {
        // Read afresh: the account may have changed since sign-in (an administrator renamed it).
        const Result<std::optional<User>> current = users.findByLogin(self.login);
        if (!current)
            return Status(current.error());
        if (!current->has_value())
            return Status(Error(Error::Kind::NotFound, tr("Your account no longer exists.")));
        const Result<int> saved = accounts.setPassword(**current, **current, password);
        return saved ? Status() : Status(saved.error());
    }, this);
    if (form.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password has been changed."), 8000);
}

void MainWindow::manageUsers()
{
    if (!m_session)
        return;
    UsersDialog dialog(*m_session, this);
    dialog.exec();
}

void MainWindow::showAuditLog()
{
    if (!m_session)
        return;
    AuditLogDialog dialog(m_session->repositories(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Dotpha"),
                       tr("<h3>Dotpha %1</h3><p>Registers, reviews and follows the breakthrough and innovation tasks "
                          "of a Party committee, and prints the year-end summary.</p><p>Free software under the GNU "
                          "General Public License, version 3 or later.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::restoreLayout()
{
    restoreGeometry(m_settings.layout(u"geometry"_s));
    restoreState(m_settings.layout(u"windowState"_s));
    m_ui->mainSplitter->restoreState(m_settings.layout(u"mainSplitter"_s));
    m_ui->contentSplitter->restoreState(m_settings.layout(u"contentSplitter"_s));
    if (!m_ui->taskView->horizontalHeader()->restoreState(m_settings.layout(u"taskColumns"_s))) {
        m_ui->taskView->setColumnWidth(TaskTableModel::Number, 50);
        m_ui->taskView->setColumnWidth(TaskTableModel::Owner, 260);
        m_ui->taskView->setColumnWidth(TaskTableModel::Title, 420);
    }
}

void MainWindow::saveLayout()
{
    m_settings.setLayout(u"geometry"_s, saveGeometry());
    m_settings.setLayout(u"windowState"_s, saveState());
    m_settings.setLayout(u"mainSplitter"_s, m_ui->mainSplitter->saveState());
    m_settings.setLayout(u"contentSplitter"_s, m_ui->contentSplitter->saveState());
    m_settings.setLayout(u"taskColumns"_s, m_ui->taskView->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::importRegistrations()
{
    if (!m_session)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import registrations"), QString(),
                                                      tr("Spreadsheets (*.xlsx *.csv)"));
    if (path.isEmpty())
        return;
    const DatabaseSession *reading = m_session.get();
    Result<QList<QStringList>> table = BackgroundFileReader::read(this, path);
    if (m_session.get() != reading)
        return;   // the reading is modal, so this guards an invariant rather than a user's path
    if (!table) {
        ErrorPresenter::show(this, table.error());
        return;
    }
    const bool administrator =
        WorkflowPolicy::allows(m_session->user().role, WorkflowPolicy::Action::RecordImportedDecisions);
    ImportDialog dialog(m_session->services(), administrator, path, std::move(table).value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The views follow the task service's signal after the import's transaction.
    m_ui->navigatorView->setCurrentIndex(m_session->navigatorModel().allTasksIndex());
    m_ui->navigatorView->expandAll();
    QString message = tr("Imported %n task(s).", nullptr, dialog.importedCount());
    if (dialog.skippedCount() > 0)
        message += u" "_s + tr("%n row(s) registered meanwhile were skipped.", nullptr, dialog.skippedCount());
    statusBar()->showMessage(message, 8000);
}

void MainWindow::exportRegistrations()
{
    if (!m_session)
        return;
    const int year = selectedYear();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export registrations"),
                                                      tr("registrations-%1.xlsx").arg(year),
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const BusyCursor busy;
    const Result<int> exported = RegistrationExporter(m_session->repositories()).exportYear(year, path);
    if (!exported)
        ErrorPresenter::show(this, exported.error());
    else
        statusBar()->showMessage(tr("Exported %n task(s).", nullptr, *exported), 8000);
}

void MainWindow::exportTemplate()
{
    if (!m_session)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export registration template"),
                                                      tr("registration-template.xlsx"),
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status written = RegistrationExporter(m_session->repositories()).exportTemplate(path); !written)
        ErrorPresenter::show(this, written.error());
}

} // namespace dotpha
