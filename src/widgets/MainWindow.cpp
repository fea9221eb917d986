#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "AddTaskCommand.h"
#include "BusyCursor.h"
#include "DatabaseSession.h"
#include "ErrorPresenter.h"
#include "InterchangeActions.h"
#include "ProductVersion.h"
#include "Prompts.h"
#include "SessionActions.h"
#include "DueNotice.h"
#include "NavigatorModel.h"
#include "AppSettings.h"
#include "ClosedYearRepository.h"
#include "ReferenceDataDialog.h"
#include "RecordCommands.h"
#include "RemoveTaskCommand.h"
#include "AuditLogDialog.h"
#include "EnumNames.h"
#include "ProgressMenu.h"
#include "ReportMenu.h"
#include "ReviewMenu.h"
#include "SaveAttempt.h"
#include "DraftStore.h"
#include "ScreenFit.h"
#include "UsersDialog.h"
#include "WorkflowPolicy.h"
#include "TableClipboard.h"
#include "TaskEditorDialog.h"
#include "TaskService.h"
#include "ActionRefusal.h"
#include "ChangeFeed.h"
#include "UserGuideWindow.h"
#include "YearSeal.h"
#include "TaskTableModel.h"
#include "WorkspaceView.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {


} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_undoGroup(new QUndoGroup(this))
{
    m_ui->setupUi(this);
    m_view = new WorkspaceView(this);
    setCentralWidget(m_view);
    connect(m_view, &WorkspaceView::currentTaskChanged, this, &MainWindow::updateActions);
    connect(m_view, &WorkspaceView::yearChanged, this, &MainWindow::readYearClosed);
    connect(m_view, &WorkspaceView::totalCountChanged, this, &MainWindow::updateStatus);
    connect(m_view, &WorkspaceView::taskActivated, this, &MainWindow::editCurrentTask);
    m_sessionActions = new SessionActions({[this] { return m_session.get(); },
                                           [this](std::unique_ptr<DatabaseSession> session) { takeSession(std::move(session)); },
                                           [this] { closeSession(); }, [this] { followSessionState(); }},
                                          this);
    m_interchangeActions = new InterchangeActions({[this] { return m_session.get(); }, [this] { return selectedYear(); }}, this);
    connect(m_interchangeActions, &InterchangeActions::imported, m_view, &WorkspaceView::showAllTasks);
    createActions();
    createToolBar();
    m_dueNotice = new DueNotice(this);
    connect(m_dueNotice, &DueNotice::chosen, m_view, &WorkspaceView::showDueSoon);
    statusBar()->addPermanentWidget(m_dueNotice);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(u"userLabel"_s);
    statusBar()->addPermanentWidget(m_userLabel);
    setWindowTitle(tr("Dotpha"));
    placeOnScreen();
    updateActions();
}

// Where it was left, if that shows whole on this screen; else as large as the screen allows up to
// the size the form was drawn at, centred: a 1024×768 office screen has no room for 1280×800.
void MainWindow::placeOnScreen()
{
    const QRect available = screen()->availableGeometry();
    if (restoreGeometry(m_settings.layout(u"geometry"_s)) && ScreenFit::fits(normalGeometry(), available))
        return;
    setGeometry(ScreenFit::initialGeometry(DrawnSize, minimumSizeHint(), available));
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
    QAction *copy = edit->addAction(tr("C&opy rows"), this, [this] { TableClipboard::copySelection(*m_view->taskView()); });
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find..."), this, [this] {
        m_view->searchEdit()->setFocus();
        m_view->searchEdit()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    // Ctrl+C copies rows only while the table has the focus; the search box keeps its own copy.
    m_view->taskView()->addActions({m_editAction, m_deleteAction, copy});
    m_view->taskView()->setContextMenuPolicy(Qt::ActionsContextMenu);
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
                                   [this](Task &task) { return runEditorBeforeADecision(task); },
                                   [this] { return isSelectedYearClosed(); }},
                                  this);
    menuBar()->addMenu(m_reviewMenu);
    connect(m_reviewMenu, &ReviewMenu::changed, this, &MainWindow::afterReviewChange);
    m_progressMenu = new ProgressMenu({[this] { return m_session.get(); }, [this] { return currentTask(); }}, this);
    menuBar()->addMenu(m_progressMenu);
    connect(m_progressMenu, &ProgressMenu::changed, this, &MainWindow::afterReviewChange);
    connect(m_view, &WorkspaceView::filesDroppedOnProgress, m_progressMenu, &ProgressMenu::attachDropped);

    m_reportMenu = new ReportMenu({[this] { return m_session.get(); }, [this] { return selectedYear(); },
                                   [this] { return currentTask(); }},
                                  this);
    menuBar()->addMenu(m_reportMenu);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    m_sessionActions->addSettings(settings);
    settings->addAction(tr("&Deadlines..."), this, &MainWindow::chooseDueWindow);
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
    m_ui->mainToolBar->addWidget(m_view->yearCombo());
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(m_newCollectiveAction);
    m_ui->mainToolBar->addAction(m_newIndividualAction);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addWidget(m_view->searchEdit());
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
    if (m_session) {
        saveLayout();
        m_view->setSession(nullptr);   // before the session it shows is destroyed
    }
    m_session = std::move(session);
    m_undoGroup->addStack(&m_session->undoStack());
    m_undoGroup->setActiveStack(&m_session->undoStack());
    // A year closed or reopened by a colleague changes what may be done here.
    connect(&m_session->changes(), &ChangeFeed::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches(u"closed_year"_s)) {
            readYearClosed();
            updateActions();
        }
        if (!changes.tasks.isEmpty() || changes.everything)
            refreshDueNotice();
    });
    showSession();
    // After the first screen: the word on deadlines counts over every year.
    QTimer::singleShot(0, this, &MainWindow::refreshDueNotice);
}

void MainWindow::chooseDueWindow()
{
    bool ok = false;
    const int days = QInputDialog::getInt(this, tr("Deadlines"),
                                          tr("\"Due soon\" lists the approved tasks, not yet finished, whose "
                                             "deadline or a work item's due date falls within this many days from "
                                             "today:"),
                                          AppSettings().dueWithinDays(), 1, 366, 1, &ok);
    if (!ok)
        return;
    AppSettings().setDueWithinDays(days);
    m_view->setDueWithinDays(days);
    refreshDueNotice();
}

void MainWindow::refreshDueNotice()
{
    m_dueNotice->refresh(m_session ? &m_session->repositories() : nullptr, QDate::currentDate(),
                         AppSettings().dueWithinDays());
}

void MainWindow::closeSession()
{
    if (!m_session)
        return;
    saveLayout();
    m_view->setSession(nullptr);
    m_session.reset();
    refreshDueNotice();
    setWindowTitle(tr("Dotpha"));
    updateActions();
}

void MainWindow::showSession()
{
    const Workspace &workspace = m_session->workspace();
    setWindowFilePath(workspace.isOnServer() ? QString() : workspace.location());
    setWindowTitle(tr("%1 - Dotpha").arg(workspace.shortName()) + u"[*]"_s);
    m_view->setSession(m_session.get());
    if (!m_layoutRestored) {
        restoreLayout();
        m_layoutRestored = true;
    }
    updateActions();
}

void MainWindow::setYear(int year)
{
    m_view->setYear(year);
}

void MainWindow::searchFor(const QString &text)
{
    m_view->searchFor(text);
}

std::optional<Task> MainWindow::currentTask() const
{
    return m_view->currentTask();
}

QList<Task> MainWindow::selectedTasks() const
{
    return m_view->selectedTasks();
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

void MainWindow::followSessionState()
{
    updateActions();
    m_view->refreshDecisionNotice();   // another user may have signed in
    if (m_session)
        updateStatus(m_session->taskModel().totalCount());
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

bool MainWindow::runEditorBeforeADecision(Task &task)
{
    TaskEditorDialog editor(m_session->repositories(), this);
    editor.setSubmitOffered(false);
    editor.setTask(task);
    editor.followChanges(m_session->changes());
    // The decision saves (ReviewMenu): the editor only offers back what a failed one kept.
    editor.setSave({}, DraftStore(m_session->workspace().location()));
    if (editor.exec() != QDialog::Accepted)
        return false;
    task = editor.task();
    return true;
}

bool MainWindow::runRegistrationEditor(const Task &task, const std::function<Status(const TaskEditorDialog &)> &save)
{
    TaskEditorDialog editor(m_session->repositories(), this);
    editor.setSubmitOffered(true);
    editor.setTask(task);
    editor.followChanges(m_session->changes());
    editor.setSave([&] { return save(editor); }, DraftStore(m_session->workspace().location()));
    return editor.exec() == QDialog::Accepted;
}

Status MainWindow::pushEdit(qint64 taskId, const std::function<QUndoCommand *(CommandFeedback)> &command)
{
    SaveAttempt attempt(feedback());
    const Status pushed = attempt.push(m_session->undoStack(), command(attempt.feedback()));
    if (!pushed)
        m_session->followFailure(pushed.error(), taskId > 0 ? QList<qint64>{taskId} : QList<qint64>());
    return pushed;
}

void MainWindow::newTask(TaskKind kind)
{
    if (!m_session)
        return;
    Task task;
    task.kind = kind;
    task.year = selectedYear();
    task.deadline = QDate(task.year, 12, 31);
    if (const std::optional<qint64> unitId = m_view->currentUnitId())
        task.unitId = *unitId;
    qint64 added = 0;
    const bool saved = runRegistrationEditor(task, [&](const TaskEditorDialog &editor) {
        AddTaskCommand *adding = nullptr;
        const Status pushed = pushEdit(0, [&](CommandFeedback feedback) {
            return adding = new AddTaskCommand(m_session->tasks(), editor.task(), std::move(feedback));
        });
        if (pushed)
            added = adding->taskId();   // the stack keeps a command that succeeded
        return pushed;
    });
    if (saved && !m_view->selectTask(added))
        statusBar()->showMessage(tr("The new task is saved; the view or the filters chosen do not show it."), 10000);
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
    if (const QString refusal = editRefusal(*before); !refusal.isEmpty()) {
        showTaskReadOnly(*before, refusal);
        return;
    }
    runRegistrationEditor(*before, [this](const TaskEditorDialog &editor) {
        const Task after = editor.task();
        return pushEdit(after.id, [&](CommandFeedback feedback) {
            return new EditRecordCommand<TaskService, Task>(m_session->tasks(), editor.savedOver(), after,
                                                            tr("edit task \u201c%1\u201d").arg(after.title.left(60)),
                                                            std::move(feedback));
        });
    });
}

// Why task opens for reading only: a database open read-only, a role that does not register, a
// closed year, a decided task; empty when it may be edited.
QString MainWindow::editRefusal(const Task &task) const
{
    if (m_session->workspace().isReadOnly())
        return m_session->workspace().readOnlyReason();
    if (!WorkflowPolicy::allows(m_session->user().role, WorkflowPolicy::Action::Register))
        return tr("Registrations are edited by the clerks who register them; a reviewer's changes are made "
                  "as an adjustment (Review menu).");
    return changeRefusal(task);
}

void MainWindow::showTaskReadOnly(const Task &task, const QString &reason)
{
    TaskEditorDialog viewer(m_session->repositories(), this);
    viewer.setTask(task);
    viewer.showReadOnly(reason);
    viewer.exec();
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
    return m_view->year();
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
    m_view->selectTask(taskId);
}

void MainWindow::afterReviewChange(const QString &message)
{
    readYearClosed();
    if (!message.isEmpty())
        statusBar()->showMessage(message, 8000);
    m_view->showCurrentTaskDetails();
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
    dialog.followChanges(m_session->changes());
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Dotpha"),
                       tr("<h3>Dotpha %1</h3><p>Registers, reviews and follows the breakthrough and innovation tasks "
                          "of a Party committee, and prints the year-end summary.</p><p>Free software under the GNU "
                          "General Public License, version 3 or later.</p>")
                           .arg(ProductVersion::withDataFormats()));
}

void MainWindow::restoreLayout()
{
    restoreState(m_settings.layout(u"windowState"_s));
    m_view->restoreLayout(m_settings);
}

void MainWindow::saveLayout()
{
    m_settings.setLayout(u"geometry"_s, saveGeometry());
    m_settings.setLayout(u"windowState"_s, saveState());
    m_view->saveLayout(m_settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace dotpha
