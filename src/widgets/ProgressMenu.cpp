#include "ProgressMenu.h"

#include "DatabaseSession.h"
#include "ErrorPresenter.h"
#include "IndicatorRepository.h"
#include "ProgressService.h"
#include "WorkItemRepository.h"
#include "WorkflowPolicy.h"

#include <QInputDialog>

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
    addAction(tr("Add a &work item..."), this, [this] { addEntry(Kind::WorkItem); });
    addAction(tr("Mark a work item &done..."), this, &ProgressMenu::markWorkItemDone);
    addSeparator();
    addAction(tr("Add an &indicator..."), this, [this] { addEntry(Kind::Indicator); });
    addAction(tr("Record an indicator &value..."), this, [this] { addEntry(Kind::IndicatorValue); });
    connect(this, &QMenu::aboutToShow, this, &ProgressMenu::updateActions);
}

void ProgressMenu::updateActions()
{
    DatabaseSession *session = m_context.session();
    const bool allowed = session && WorkflowPolicy::allows(session->user().role, WorkflowPolicy::Action::LogProgress);
    menuAction()->setVisible(allowed);
    const std::optional<Task> task = m_context.currentTask();
    const bool applies = allowed && !session->workspace().database().isReadOnly() && task
                         && task->status == TaskStatus::Approved;
    for (QAction *action : actions())
        action->setEnabled(applies);
}

bool ProgressMenu::report(const Status &outcome, const QString &done)
{
    if (!outcome) {
        ErrorPresenter::show(parentWidget(), outcome.error());
        return false;
    }
    Q_EMIT changed(done);
    return true;
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
    if (dialog.exec() != QDialog::Accepted)
        return;
    ProgressService &progress = session->progress();
    const User &user = session->user();
    Result<qint64> added = 0;
    switch (kind) {
    case Kind::Note: added = progress.addNote(user, dialog.note()); break;
    case Kind::WorkItem: added = progress.addWorkItem(user, dialog.workItem()); break;
    case Kind::Indicator: added = progress.addIndicator(user, dialog.indicator()); break;
    case Kind::IndicatorValue: added = progress.recordValue(user, task->id, dialog.indicatorValue()); break;
    }
    report(added ? Status() : Status(added.error()), tr("Progress of “%1” recorded.").arg(task->title));
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
        report(Error(Error::Kind::Validation, tr("Every work item of this task is done.")), {});
        return;
    }
    bool chosen = false;
    const QString title = QInputDialog::getItem(parentWidget(), tr("Mark a work item done"),
                                                tr("Work item done today:"), titles, 0, false, &chosen);
    if (!chosen)
        return;
    const WorkItem &item = open.at(titles.indexOf(title));
    const Result<int> done = session->progress().setWorkItemDone(session->user(), item, QDate::currentDate());
    report(done ? Status() : Status(done.error()), tr("“%1” marked done.").arg(item.title));
}

} // namespace dotpha
