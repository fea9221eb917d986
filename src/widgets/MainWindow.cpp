#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "AddTaskCommand.h"
#include "BusyCursor.h"
#include "DatabaseSession.h"
#include "ErrorPresenter.h"
#include "InterchangeActions.h"
#include "Prompts.h"
#include "SessionActions.h"
#include "FiguresRepository.h"
#include "ClosedYearRepository.h"
#include "CommitteeSettingsRepository.h"
#include "NavigatorModel.h"
#include "ReferenceDataDialog.h"
#include "RecordCommands.h"
#include "RemoveTaskCommand.h"
#include "AuditLogDialog.h"
#include "EnumNames.h"
#include "ProgressMenu.h"
#include "ReportMenu.h"
#include "ReviewMenu.h"
#include "UsersDialog.h"
#include "WorkflowPolicy.h"
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
#include <QHeaderView>
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

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_undoGroup(new QUndoGroup(this))
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
    m_sessionActions = new SessionActions({[this] { return m_session.get(); },
                                           [this](std::unique_ptr<DatabaseSession> session) { takeSession(std::move(session)); },
                                           [this] { closeSession(); }, [this] { updateActions(); }},
                                          this);
    m_interchangeActions = new InterchangeActions({[this] { return m_session.get(); }, [this] { return selectedYear(); }}, this);
    connect(m_interchangeActions, &InterchangeActions::imported, this, [this] {
        m_ui->navigatorView->setCurrentIndex(m_session->navigatorModel().allTasksIndex());
        m_ui->navigatorView->expandAll();
    });
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
    m_sessionActions->addFileActions(file);
    file->addSeparator();
    m_interchangeActions->addFileActions(file);
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
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
    m_sessionActions->addSettings(settings);
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
    return m_sessionActions->openDatabase(path);
}

Status MainWindow::openServer(const ServerAddress &address, const QString &password)
{
    return m_sessionActions->openServer(address, password);
}

void MainWindow::connectToServer(const QString &address)
{
    m_sessionActions->connectToServer(address);
}

Status MainWindow::restoreBackupFrom(const QString &backup)
{
    return m_sessionActions->restoreBackupFrom(backup);
}

void MainWindow::switchUser()
{
    m_sessionActions->switchUser();
}

void MainWindow::setSignIn(SignIn signIn)
{
    m_sessionActions->setSignIn(std::move(signIn));
}

// Shows session, signed in, in place of the database open until now.
void MainWindow::takeSession(std::unique_ptr<DatabaseSession> session)
{
    if (m_session)
        saveLayout();
    m_session = std::move(session);
    m_undoGroup->addStack(&m_session->undoStack());
    m_undoGroup->setActiveStack(&m_session->undoStack());
    showSession();
}

void MainWindow::closeSession()
{
    if (!m_session)
        return;
    saveLayout();
    m_ui->taskView->setModel(nullptr);
    m_ui->navigatorView->setModel(nullptr);
    m_session.reset();
    setWindowTitle(tr("Dotpha"));
    m_ui->committeeLabel->clear();
    showCurrentTaskDetails();
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
    for (QAction *action : {m_newCollectiveAction, m_newIndividualAction, m_editAction, m_deleteAction})
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
    m_sessionActions->updateActions();
    m_interchangeActions->updateActions(registers);
    m_reviewMenu->updateActions();
    m_progressMenu->updateActions();
    if (m_session && !m_session->user().displayName.isEmpty())
        m_userLabel->setText(tr("%1 (%2)").arg(m_session->user().displayName, EnumNames::name(role)));
    else
        m_userLabel->clear();
    for (QAction *action : std::as_const(m_referenceActions))
        action->setEnabled(m_session != nullptr);
    m_reportMenu->setEnabled(m_session != nullptr);
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
    if (Prompts::confirm(this, tr("Delete task"),
                         tr("Delete the task \u201c%1\u201d? You can undo this with %2.")
                             .arg(task->title, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText))))
        m_session->undoStack().push(new RemoveTaskCommand(m_session->tasks(), *task, feedback()));
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
    Prompts::tell(this, QMessageBox::Information, tr("Language"),
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

} // namespace dotpha
