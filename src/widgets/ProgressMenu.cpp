#include "ProgressMenu.h"

#include "ActionRefusal.h"
#include "ClosedYearRepository.h"
#include "DatabaseSession.h"
#include "DraftStore.h"
#include "ProgressEntryCommand.h"
#include "ErrorPresenter.h"
#include "IndicatorRepository.h"
#include "ProgressService.h"
#include "SaveAttempt.h"
#include "WorkItemRepository.h"
#include "WorkItemDoneDialog.h"
#include "WorkflowPolicy.h"
#include "YearSeal.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace dotpha {

using Kind = ProgressEntryDialog::Kind;

ProgressMenu::ProgressMenu(Context context, QWidget *parent)
    : QMenu(tr("&Progress"), parent)
    , m_context(std::move(context))
{
    addAction(tr("Log &progress..."), this, [this] { addEntry(Kind::Note); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    addSeparator();
    m_addWorkItemAction = addAction(tr("Add a &work item..."), this, [this] { addEntry(Kind::WorkItem); });
    m_addWorkItemAction->setObjectName(u"addWorkItemAction"_s);
    addAction(tr("Mark a work item &done..."), this, &ProgressMenu::markWorkItemDone)
        ->setObjectName(u"markWorkItemDoneAction"_s);
    addSeparator();
    addAction(tr("Add an &indicator..."), this, [this] { addEntry(Kind::Indicator); });
    addAction(tr("Record an indicator &value..."), this, [this] { addEntry(Kind::IndicatorValue); });
    addSeparator();
    m_attachments = new AttachmentActions(m_context.session, parent);
    connect(m_attachments, &AttachmentActions::changed, this, [this] { Q_EMIT changed(QString()); });
    m_attachmentsAction = addAction(tr("Attached &files..."), this, &ProgressMenu::showAttachments);
    m_attachmentsAction->setObjectName(u"attachmentsAction"_s);
    m_attachmentsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_sizeLimitAction = addAction(tr("Attached file si&ze limit..."), m_attachments, &AttachmentActions::chooseSizeLimit);
    m_sizeLimitAction->setObjectName(u"attachmentSizeLimitAction"_s);
    connect(this, &QMenu::aboutToShow, this, &ProgressMenu::updateActions);
}

void ProgressMenu::updateActions()
{
    DatabaseSession *session = m_context.session();
    const bool allowed = session && WorkflowPolicy::allows(session->user().role, WorkflowPolicy::Action::LogProgress);
    // Every role sees the task's files, the reviewer who rates from the evidence most of all;
    // only those who log progress see the entries.
    menuAction()->setVisible(session != nullptr);
    const std::optional<Task> task = m_context.currentTask();
    const bool applies = allowed && !session->workspace().isReadOnly() && task
                         && task->status == TaskStatus::Approved;
    // A registration still being prepared plans its work items (its schedule) too.
    const bool planning = allowed && !session->workspace().isReadOnly() && task
                          && (task->status == TaskStatus::Draft || task->status == TaskStatus::Returned);
    // A closed year's progress is history: the entries stay off and say so, rather than open a
    // dialog whose entry Save would refuse.
    const QString refusal = applies || planning ? closedYearRefusal(*session, task->year) : QString();
    for (QAction *action : actions()) {
        if (action == m_attachmentsAction || action == m_sizeLimitAction)
            continue;
        action->setVisible(allowed);
        const bool possible = applies || (planning && action == m_addWorkItemAction);
        applyRefusal(action, possible, possible ? refusal : QString());
    }
    m_sizeLimitAction->setVisible(session && WorkflowPolicy::allows(session->user().role,
                                                                    WorkflowPolicy::Action::SetAttachmentLimit));
    m_sizeLimitAction->setEnabled(session && !session->workspace().isReadOnly());
    // A task's files are shown whatever its state; the dialog says when they cannot change.
    m_attachmentsAction->setEnabled(session && task.has_value());
}

void ProgressMenu::showAttachments()
{
    if (const std::optional<Task> task = m_context.currentTask(); task && m_context.session())
        m_attachments->showFiles(*task);
}

void ProgressMenu::attachDropped(const QStringList &paths)
{
    DatabaseSession *session = m_context.session();
    const std::optional<Task> task = m_context.currentTask();
    // Whoever may not attach is told so by the service, rather than seeing the drop vanish.
    if (!session || !task)
        return;
    Attachment onTheTask;
    onTheTask.taskId = task->id;
    m_attachments->attach(onTheTask, paths);
}

QString ProgressMenu::closedYearRefusal(DatabaseSession &session, int year)
{
    const Result<bool> closed = session.repositories().closedYears.isClosed(year);
    return closed && *closed ? YearSeal::closedMessage(year) : QString();
}

Status ProgressMenu::push(const QString &text, ProgressEntryCommand::Step record, ProgressEntryCommand::Step takeBack)
{
    CommandFeedback later;
    later.failed = [this](const Error &error) { ErrorPresenter::show(parentWidget(), error); };
    later.changed = [this] { Q_EMIT changed(QString()); };
    SaveAttempt attempt(later);
    return attempt.push(m_context.session()->undoStack(),
                        new ProgressEntryCommand(text, std::move(record), std::move(takeBack), attempt.feedback()));
}

void ProgressMenu::addEntry(Kind kind)
{
    DatabaseSession *session = m_context.session();
    const std::optional<Task> task = m_context.currentTask();
    if (!session || !task)
        return;
    ProgressEntryDialog dialog(kind, task->id, task->title, parentWidget());
    dialog.setCurrentPercent(task->progressPercent);
    if (kind == Kind::IndicatorValue) {
        const Result<QList<Indicator>> indicators = session->repositories().indicators.ofTask(task->id);
        if (!indicators) {
            ErrorPresenter::show(parentWidget(), indicators.error());
            return;
        }
        dialog.setIndicators(*indicators);
    }
    dialog.setSave([this, &dialog, &task] { return pushEntry(dialog, *task); },
                   DraftStore(session->workspace().location()));
    dialog.exec();
}

Status ProgressMenu::pushEntry(const ProgressEntryDialog &dialog, const Task &task)
{
    const Status pushed = [&] {
        switch (dialog.kind()) {
        case Kind::Note: return pushNote(dialog.note(), task.progressPercent);
        case Kind::WorkItem: return pushWorkItem(dialog.workItem());
        case Kind::Indicator: return pushIndicator(dialog.indicator());
        case Kind::IndicatorValue: return pushValue(task.id, dialog.indicatorValue());
        }
        return Status();
    }();
    if (!pushed)
        m_context.session()->followFailure(pushed.error(), {task.id});
    return pushed;
}

// Each entry keeps what its redo stored (the new id, and version 1 of a versioned record) in a
// shared record, for its undo to take back.
template <typename Record>
ProgressEntryCommand::Step addingStep(std::shared_ptr<Record> stored, std::function<Result<qint64>(const Record &)> add)
{
    return [stored, add] {
        const Result<qint64> id = add(*stored);
        if (!id)
            return Status(id.error());
        stored->id = *id;
        if constexpr (requires { stored->version; })
            stored->version = 1;
        return Status();
    };
}

Status ProgressMenu::pushNote(const ProgressNote &note, int previousPercent)
{
    ProgressService &progress = m_context.session()->progress();
    const User user = m_context.session()->user();
    auto stored = std::make_shared<ProgressNote>(note);
    const std::optional<int> restored = note.percent ? std::optional<int>(previousPercent) : std::nullopt;
    return push(tr("log progress"),
         addingStep<ProgressNote>(stored, [&progress, user](const ProgressNote &added) { return progress.addNote(user, added); }),
         [&progress, user, stored, restored] { return progress.removeNote(user, *stored, restored); });
}

Status ProgressMenu::pushWorkItem(const WorkItem &item)
{
    ProgressService &progress = m_context.session()->progress();
    const User user = m_context.session()->user();
    auto stored = std::make_shared<WorkItem>(item);
    return push(tr("add work item “%1”").arg(item.title),
         addingStep<WorkItem>(stored, [&progress, user](const WorkItem &added) { return progress.addWorkItem(user, added); }),
         [&progress, user, stored] { return progress.removeWorkItem(user, *stored); });
}

Status ProgressMenu::pushIndicator(const Indicator &indicator)
{
    ProgressService &progress = m_context.session()->progress();
    const User user = m_context.session()->user();
    auto stored = std::make_shared<Indicator>(indicator);
    return push(tr("add indicator “%1”").arg(indicator.name),
         addingStep<Indicator>(stored, [&progress, user](const Indicator &added) { return progress.addIndicator(user, added); }),
         [&progress, user, stored] { return progress.removeIndicator(user, *stored); });
}

Status ProgressMenu::pushValue(qint64 taskId, const IndicatorValue &value)
{
    ProgressService &progress = m_context.session()->progress();
    const User user = m_context.session()->user();
    auto stored = std::make_shared<IndicatorValue>(value);
    return push(tr("record an indicator value"),
         addingStep<IndicatorValue>(stored, [&progress, user, taskId](const IndicatorValue &added) {
             return progress.recordValue(user, taskId, added);
         }),
         [&progress, user, taskId, stored] { return progress.removeValue(user, taskId, stored->id); });
}

void ProgressMenu::markWorkItemDone()
{
    DatabaseSession *session = m_context.session();
    const std::optional<Task> task = m_context.currentTask();
    if (!session || !task)
        return;
    const Result<QList<WorkItem>> items = session->repositories().workItems.ofTask(task->id);
    if (!items) {
        ErrorPresenter::show(parentWidget(), items.error());
        return;
    }
    QList<WorkItem> open;
    QStringList titles;
    for (const WorkItem &item : *items) {
        if (!item.isDone()) {
            open << item;
            titles << item.title;
        }
    }
    if (open.isEmpty()) {
        ErrorPresenter::show(parentWidget(), Error(Error::Kind::Validation, tr("Every work item of this task is done.")));
        return;
    }
    WorkItemDoneDialog dialog(titles, parentWidget());
    if (dialog.exec() != QDialog::Accepted || dialog.chosenItem() < 0)
        return;
    ProgressService &progress = session->progress();
    const User user = session->user();
    auto stored = std::make_shared<WorkItem>(open.at(dialog.chosenItem()));
    const QDate doneOn = dialog.doneOn();
    const auto setDone = [&progress, user, stored](const QDate &doneOn) {
        const Result<int> version = progress.setWorkItemDone(user, *stored, doneOn);
        if (!version)
            return Status(version.error());
        stored->version = *version;
        return Status();
    };
    const Status marked = push(tr("mark “%1” done").arg(stored->title), [setDone, doneOn] { return setDone(doneOn); },
                               [setDone] { return setDone(QDate()); });
    if (!marked) {
        ErrorPresenter::show(parentWidget(), marked.error());
        session->followFailure(marked.error(), {task->id});
    }
}

} // namespace dotpha
