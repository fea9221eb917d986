#include "ReviewMenu.h"

#include "ActionRefusal.h"
#include "BusyCursor.h"
#include "CommitteeSettingsRepository.h"
#include "DatabaseSession.h"
#include "DraftStore.h"
#include "ErrorPresenter.h"
#include "FormContents.h"
#include "Prompts.h"
#include "ReviewService.h"
#include "ScoreThresholdsDialog.h"
#include "ScoreThresholdsService.h"
#include "TaskEditorDialog.h"
#include "TaskService.h"
#include "YearClosingService.h"
#include "YearSeal.h"

using namespace Qt::StringLiterals;

namespace dotpha {

using Purpose = DecisionDialog::Purpose;

ReviewMenu::ReviewMenu(Context context, QWidget *parent)
    : QMenu(tr("Re&view"), parent)
    , m_context(std::move(context))
{
    addReviewAction(Action::Submit, tr("&Submit for approval"), [this] { submit(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    addSeparator();
    addReviewAction(Action::Approve, tr("&Approve..."), [this] { decide(Purpose::Approve); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    addReviewAction(Action::Return, tr("Re&turn for revision..."), [this] { decide(Purpose::Return); });
    addReviewAction(Action::Reject, tr("Re&ject..."), [this] { decide(Purpose::Reject); });
    addSeparator();
    addReviewAction(Action::Adjust, tr("A&djust the approved task..."), [this] { adjust(); });
    addReviewAction(Action::Supplement, tr("Su&pplement a task..."), [this] { addApproved(Purpose::Supplement); });
    addReviewAction(Action::Assign, tr("Assi&gn a task..."), [this] { addApproved(Purpose::Assign); });
    addSeparator();
    addReviewAction(Action::Rate, tr("&Rate the task..."), [this] { rate(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    addSeparator();
    addReviewAction(Action::AmendLate, tr("&Late amendment to a closed year..."), [this] { amendLate(); });
    addReviewAction(Action::CloseYear, tr("&Close the year..."), [this] { closeYear(); });
    addReviewAction(Action::SetScoreThresholds, tr("Score t&hresholds..."), [this] { setScoreThresholds(); })
        ->setObjectName(u"scoreThresholdsAction"_s);
    connect(this, &QMenu::aboutToShow, this, &ReviewMenu::updateActions);
}

// The committee's symbol for the example of a decision's number; none while it is not set.
QString ReviewMenu::issuerSymbol() const
{
    DatabaseSession *session = m_context.session();
    if (!session)
        return {};
    const Result<std::optional<CommitteeSettings>> settings = session->repositories().settings.load();
    return settings && settings->has_value() ? settings->value().issuerSymbol : QString();
}

QAction *ReviewMenu::addReviewAction(Action action, const QString &text, const std::function<void()> &run)
{
    QAction *added = addAction(text, this, run);
    m_actions.insert(added, action);
    return added;
}

void ReviewMenu::updateActions()
{
    DatabaseSession *session = m_context.session();
    const std::optional<Task> task = m_context.currentTask();
    // The list shows the year's tasks; one carried over from a closed year is the review's own case.
    const bool yearClosed = session && m_context.yearClosed() && (!task || task->year == m_context.year());
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const bool allowed = session && WorkflowPolicy::allows(session->user().role, it.value());
        it.key()->setVisible(allowed);
        applyRefusal(it.key(), allowed, allowed ? refusal(it.value(), task, yearClosed) : QString());
    }
    // A menu whose every action is hidden is hidden too.
    menuAction()->setVisible(std::any_of(m_actions.keyBegin(), m_actions.keyEnd(),
                                         [](const QAction *action) { return action->isVisible(); }));
}

// Why action cannot be taken on the selected task now, in the user's words; empty when it can.
QString ReviewMenu::refusal(Action action, const std::optional<Task> &task, bool yearClosed) const
{
    DatabaseSession &session = *m_context.session();
    if (session.workspace().isReadOnly())
        return session.workspace().readOnlyReason();
    if (action == Action::AmendLate)
        return task ? QString() : tr("Select the task to amend.");
    if (yearClosed && action != Action::CloseYear && action != Action::SetScoreThresholds)
        return YearSeal::closedMessage(m_context.year());
    const auto statusIs = [&](std::initializer_list<TaskStatus> states) {
        return task && std::find(states.begin(), states.end(), task->status) != states.end();
    };
    switch (action) {
    case Action::Submit:
        return statusIs({TaskStatus::Draft, TaskStatus::Returned})
                   ? QString()
                   : tr("Only a draft or a registration returned for revision is submitted for approval.");
    case Action::Approve:
    case Action::Return:
    case Action::Reject:
        return !pendingSelection().isEmpty() ? QString() : tr("Select registrations awaiting approval.");
    case Action::Adjust:
    case Action::Rate:
        return statusIs({TaskStatus::Approved}) ? QString() : tr("Only an approved task is adjusted or rated.");
    default:
        return {};
    }
}

bool ReviewMenu::report(const Status &outcome, const QString &done, const QList<qint64> &tasks)
{
    if (!outcome) {
        ErrorPresenter::show(parentWidget(), outcome.error());
        readAgainIfStale(outcome.error(), tasks);
        return false;
    }
    Q_EMIT changed(done);
    return true;
}

void ReviewMenu::readAgainIfStale(const Error &refusal, const QList<qint64> &tasks)
{
    if (DatabaseSession *session = m_context.session())
        session->followFailure(refusal, tasks);
    updateActions();
}

void ReviewMenu::submit()
{
    DatabaseSession *session = m_context.session();
    const std::optional<Task> task = m_context.currentTask();
    if (!session || !task)
        return;
    const Result<int> submitted = session->review().submit(session->user(), task->id);
    report(submitted ? Status() : Status(submitted.error()), tr("Submitted “%1” for approval.").arg(task->title),
           {task->id});
}

// The selected registrations awaiting a decision; the current task when nothing else is selected.
QList<Task> ReviewMenu::pendingSelection() const
{
    QList<Task> pending;
    for (const Task &task : m_context.selectedTasks()) {
        if (task.status == TaskStatus::Submitted)
            pending << task;
    }
    if (pending.isEmpty()) {
        if (const std::optional<Task> task = m_context.currentTask(); task && task->status == TaskStatus::Submitted)
            pending << *task;
    }
    return pending;
}

Result<int> ReviewMenu::decideOne(Purpose purpose, const Task &task, const ReviewService::Details &details)
{
    DatabaseSession &session = *m_context.session();
    switch (purpose) {
    case Purpose::Approve: return session.review().approve(session.user(), task.id, details);
    case Purpose::Return: return session.review().returnForRevision(session.user(), task.id, details);
    case Purpose::Reject: return session.review().reject(session.user(), task.id, details);
    default: return Error(Error::Kind::Refused, QString());
    }
}

// One decision for each selected registration, with the same date, number and reason: a reviewer
// approves a commune's whole list at once. Each is its own transaction; those refused are listed.
void ReviewMenu::decide(Purpose purpose)
{
    if (!m_context.session())
        return;
    const QList<Task> pending = pendingSelection();
    if (pending.isEmpty())
        return;
    const QString subject = pending.size() == 1 ? pending.first().title
                                                : tr("%n registration(s) pending approval", nullptr, int(pending.size()));
    DecisionDialog dialog(purpose, subject, parentWidget());
    dialog.setIssuerSymbol(issuerSymbol());
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList refusals;
    QList<qint64> refused;
    {
        const BusyCursor busy;
        for (const Task &task : pending) {
            if (const Result<int> decided = decideOne(purpose, task, dialog.details()); !decided) {
                refusals << u"\u201c%1\u201d: %2"_s.arg(task.title, decided.error().message());
                if (decided.error().kind() != Error::Kind::Connection)
                    refused << task.id;
            }
        }
    }
    const int recorded = int(pending.size() - refusals.size());
    if (!refusals.isEmpty()) {
        const Error summary(Error::Kind::Refused, tr("%1 of %2 decisions were not recorded:").arg(refusals.size()).arg(pending.size())
                                                      + u"\n"_s + refusals.join(u'\n'));
        ErrorPresenter::show(parentWidget(), summary);
        readAgainIfStale(summary, refused);
    }
    if (recorded == 0)
        return;
    switch (purpose) {
    case Purpose::Approve: Q_EMIT changed(tr("Approved %n registration(s).", nullptr, recorded)); break;
    case Purpose::Return: Q_EMIT changed(tr("Returned %n registration(s) for revision.", nullptr, recorded)); break;
    case Purpose::Reject: Q_EMIT changed(tr("Rejected %n registration(s).", nullptr, recorded)); break;
    default: break;
    }
}

void ReviewMenu::adjust()
{
    editAndDecide(Purpose::Adjust, [](ReviewService &review, const User &user, const Task &task,
                                      const ReviewService::Details &details) { return review.adjust(user, task, details); },
                  tr("Recorded the adjustment of “%1”."));
}

// Opens the editor on the selected task, then asks for the decision, then saves both through save.
void ReviewMenu::editAndDecide(Purpose purpose, const SaveEdited &save, const QString &done)
{
    DatabaseSession *session = m_context.session();
    const std::optional<Task> task = m_context.currentTask();
    if (!session || !task)
        return;
    Task edited = *task;
    if (!m_context.editTask(edited))
        return;
    DecisionDialog dialog(purpose, edited.title, parentWidget());
    dialog.setIssuerSymbol(issuerSymbol());
    dialog.setSave([&]() -> Status {
        const Result<int> saved = save(session->review(), session->user(), edited, dialog.details());
        return keptIfFailed(saved ? Status() : Status(saved.error()), edited, task->version);
    });
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT changed(done.arg(edited.title));
}

// A decision that could not be recorded stays in its dialog; what was edited before it is kept as
// the editor's draft too, offered when the editor next opens on the task, should the dialog be
// closed. Recorded, the draft goes.
Status ReviewMenu::keptIfFailed(const Status &outcome, const Task &edited, int basedOnVersion)
{
    DatabaseSession &session = *m_context.session();
    DraftStore drafts(session.workspace().location());
    if (outcome) {
        drafts.forget(TaskEditorDialog::draftKey(edited));
        return outcome;
    }
    TaskEditorDialog form(session.repositories());
    form.setTask(edited);
    drafts.keep(TaskEditorDialog::draftKey(edited), FormContents::capture(form), basedOnVersion);
    readAgainIfStale(outcome.error(), edited.id > 0 ? QList<qint64>{edited.id} : QList<qint64>());
    return outcome;
}

void ReviewMenu::addApproved(Purpose purpose)
{
    DatabaseSession *session = m_context.session();
    if (!session)
        return;
    Task task;
    task.year = m_context.year();
    task.origin = purpose == Purpose::Assign ? TaskOrigin::Assigned : TaskOrigin::Supplemented;
    if (!m_context.editTask(task))
        return;
    DecisionDialog dialog(purpose, task.title, parentWidget());
    dialog.setIssuerSymbol(issuerSymbol());
    dialog.setSave([&]() -> Status {
        ReviewService &review = session->review();
        const Result<qint64> added = purpose == Purpose::Assign ? review.assign(session->user(), task, dialog.details())
                                                                : review.supplement(session->user(), task, dialog.details());
        return keptIfFailed(added ? Status() : Status(added.error()), task, 0);
    });
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT changed(tr("Added “%1”, approved.").arg(task.title));
}

void ReviewMenu::rate()
{
    DatabaseSession *session = m_context.session();
    const std::optional<Task> task = m_context.currentTask();
    if (!session || !task)
        return;
    DecisionDialog dialog(Purpose::Rate, task->title, parentWidget());
    dialog.setIssuerSymbol(issuerSymbol());
    if (const Result<ScoreThresholds> thresholds = ScoreThresholdsService(session->repositories()).forYear(task->year))
        dialog.setScoreThresholds(*thresholds);
    dialog.setRating(task->rating, task->score, task->assessment);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<int> rated =
        session->review().rate(session->user(), task->id, dialog.rating(), dialog.score(), dialog.assessment(),
                               dialog.details());
    report(rated ? Status() : Status(rated.error()), tr("Rated “%1”.").arg(task->title), {task->id});
}

void ReviewMenu::setScoreThresholds()
{
    DatabaseSession *session = m_context.session();
    if (!session)
        return;
    ScoreThresholdsService service(session->repositories());
    const Result<ScoreThresholds> current = service.current();
    if (!current) {
        ErrorPresenter::show(parentWidget(), current.error());
        return;
    }
    ScoreThresholdsDialog dialog(*current, parentWidget());
    if (dialog.exec() != QDialog::Accepted || dialog.thresholds() == *current)
        return;
    const ScoreThresholds chosen = dialog.thresholds();
    report(service.set(session->user(), chosen),
           tr("The score thresholds are now %1, %2 and %3 points.").arg(chosen.excellent).arg(chosen.good).arg(chosen.completed));
}

void ReviewMenu::amendLate()
{
    editAndDecide(Purpose::LateAmendment, [](ReviewService &review, const User &user, const Task &task,
                                             const ReviewService::Details &details) {
        return review.amendLate(user, task, details);
    }, tr("Recorded the late amendment of “%1”."));
}

void ReviewMenu::closeYear()
{
    DatabaseSession *session = m_context.session();
    if (!session)
        return;
    const int year = m_context.year();
    const Result<YearClosingService::Preview> preview = session->yearClosing().preview(year);
    if (!preview) {
        ErrorPresenter::show(parentWidget(), preview.error());
        return;
    }
    if (preview->alreadyClosed) {
        Prompts::tell(parentWidget(), QMessageBox::Information, tr("Close the year"),
                      tr("The year %1 is already closed.").arg(year));
        return;
    }
    const QString question =
        tr("Close the year %1? Its tasks can then be changed only by an administrator's late amendment, recorded as "
           "such.").arg(year)
        + u"\n\n"_s + tr("Registrations still awaiting a decision: %1").arg(preview->awaitingDecision) + u"\n"_s
        + tr("Approved tasks not yet rated: %1").arg(preview->unrated) + u"\n"_s
        + tr("Unfinished multi-year tasks to carry over into %1: %2").arg(year + 1).arg(preview->toCarryOver);
    if (!Prompts::confirm(parentWidget(), tr("Close the year"), question))
        return;
    const Result<int> carried = [&] {
        const BusyCursor busy;
        return session->yearClosing().close(session->user(), year);
    }();
    report(carried ? Status() : Status(carried.error()),
           tr("Closed the year %1; %n task(s) carried over.", nullptr, carried ? *carried : 0).arg(year));
}

} // namespace dotpha
