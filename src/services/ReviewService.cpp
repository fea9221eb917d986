#include "ReviewService.h"

#include "ActorPermission.h"
#include "AuditRepository.h"
#include "ClosedYearRepository.h"
#include "DecisionRepository.h"
#include "EnumNames.h"
#include "TaskService.h"
#include "TaskSnapshot.h"
#include "TransactionRunner.h"
#include "YearSeal.h"

using namespace Qt::StringLiterals;

namespace dotpha {

Result<Task> ReviewService::taskFor(const User &actor, Action action, qint64 taskId, std::initializer_list<TaskStatus> from)
{
    if (const Status allowed = ActorPermission::check(m_repositories, actor, action); !allowed)
        return allowed.error();
    Result<Task> task = m_tasks.find(taskId);
    if (!task)
        return task.error();
    if (std::find(from.begin(), from.end(), task->status) == from.end())
        return Error(Error::Kind::Refused, tr("This cannot be done to a task that is %1.").arg(EnumNames::name(task->status)));
    if (action != Action::AmendLate) {
        if (const Status open = YearSeal::ensureOpen(m_repositories, task->year); !open)
            return open.error();
    }
    return task;
}

Status ReviewService::checkDetails(const Details &details, bool reasonRequired) const
{
    if (!details.decidedOn.isValid())
        return Error::validation(tr("The decision needs its date."));
    if (reasonRequired && details.reason.trimmed().isEmpty())
        return Error::validation(tr("The decision needs its reason."));
    return {};
}

Decision ReviewService::decisionOf(const User &actor, qint64 taskId, DecisionKind kind, const Details &details)
{
    Decision decision;
    decision.taskId = taskId;
    decision.kind = kind;
    decision.decidedOn = details.decidedOn;
    decision.number = details.number;
    decision.reason = details.reason;
    decision.reviewerId = actor.id > 0 ? std::optional<qint64>(actor.id) : std::nullopt;
    decision.reviewerName = actor.displayName;
    return decision;
}

Result<int> ReviewService::transition(const User &actor, Action action, qint64 taskId, TaskStatus to,
                                      DecisionKind kind, const Details &details, bool reasonRequired)
{
    return inTransaction<int>(m_repositories.transactions, [&]() -> Result<int> {
        const Result<Task> task = taskFor(actor, action, taskId, {TaskStatus::Submitted});
        if (!task)
            return task.error();
        if (const Status valid = checkDetails(details, reasonRequired); !valid)
            return valid.error();
        Task after = *task;
        after.status = to;
        return decide(actor, *task, after, kind, details);
    });
}

// A decision on an approved task (an adjustment, a rating, a late amendment) comes after the
// approval it follows.
Status ReviewService::checkNotBeforeApproval(qint64 taskId, const Details &details)
{
    const Result<QList<Decision>> decisions = m_repositories.decisions.ofTask(taskId);
    if (!decisions)
        return decisions.error();
    QDate approved;
    for (const Decision &decision : *decisions) {
        if (decision.kind == DecisionKind::Approve || decision.kind == DecisionKind::Assign
            || decision.kind == DecisionKind::Supplement)
            approved = std::max(approved, decision.decidedOn);
    }
    if (approved.isValid() && details.decidedOn < approved)
        return Error::validation(tr("The decision cannot be dated %1, before the approval of %2 it follows.")
                                     .arg(details.decidedOn.toString(u"dd/MM/yyyy"_s),
                                          approved.toString(u"dd/MM/yyyy"_s)));
    return {};
}

Result<int> ReviewService::decide(const User &actor, const Task &before, Task after, DecisionKind kind,
                                  const Details &details, bool lateAmendment)
{
    Decision decision = decisionOf(actor, before.id, kind, details);
    decision.lateAmendment = lateAmendment;
    decision.before = TaskSnapshot::toJson(before);
    int version = 0;
    const Status done = m_repositories.transactions.inTransaction([&]() -> Status {
        const Result<int> saved = m_tasks.saveChecked(after);
        if (!saved)
            return saved.error();
        version = *saved;
        after.version = version;
        decision.after = TaskSnapshot::toJson(after);
        const Result<qint64> recorded = m_repositories.decisions.add(decision);
        return recorded ? Status() : Status(recorded.error());
    });
    if (!done)
        return done.error();
    return version;
}

Result<int> ReviewService::submit(const User &actor, qint64 taskId)
{
    return inTransaction<int>(m_repositories.transactions, [&]() -> Result<int> {
        const Result<Task> task = taskFor(actor, Action::Submit, taskId, {TaskStatus::Draft, TaskStatus::Returned});
        if (!task)
            return task.error();
        Task submitted = *task;
        submitted.status = TaskStatus::Submitted;
        return m_tasks.saveChecked(submitted);   // which refuses a task that is not ready
    });
}

Result<int> ReviewService::approve(const User &actor, qint64 taskId, const Details &details)
{
    return transition(actor, Action::Approve, taskId, TaskStatus::Approved, DecisionKind::Approve, details, false);
}

Result<int> ReviewService::returnForRevision(const User &actor, qint64 taskId, const Details &details)
{
    return transition(actor, Action::Return, taskId, TaskStatus::Returned, DecisionKind::Return, details, true);
}

Result<int> ReviewService::reject(const User &actor, qint64 taskId, const Details &details)
{
    return transition(actor, Action::Reject, taskId, TaskStatus::Rejected, DecisionKind::Reject, details, true);
}

Result<int> ReviewService::adjust(const User &actor, const Task &adjusted, const Details &details)
{
    return inTransaction<int>(m_repositories.transactions, [&]() -> Result<int> {
        const Result<Task> task = taskFor(actor, Action::Adjust, adjusted.id, {TaskStatus::Approved});
        if (!task)
            return task.error();
        if (const Status valid = checkDetails(details, true); !valid)
            return valid.error();
        if (const Status ordered = checkNotBeforeApproval(task->id, details); !ordered)
            return ordered.error();
        // Saved over the version the reviewer's editor read (the task's own version check): one
        // made from an older version would put back what a colleague changed meanwhile.
        Task after = adjusted;
        after.status = TaskStatus::Approved;
        if (after.year != task->year) {
            if (const Status open = YearSeal::ensureOpen(m_repositories, after.year); !open)
                return open.error();
        }
        return decide(actor, *task, after, DecisionKind::Adjust, details);
    });
}

Result<int> ReviewService::amendLate(const User &actor, const Task &amended, const Details &details)
{
    // Every audit row of the amendment says so, with its reason; the note is cleared whatever happens.
    if (const Status noted = m_repositories.audit.setNote(tr("Late amendment: %1").arg(details.reason.trimmed())); !noted)
        return noted.error();
    const Result<int> version = inTransaction<int>(m_repositories.transactions, [&]() -> Result<int> {
        const Result<Task> task = taskFor(actor, Action::AmendLate, amended.id,
                                          {TaskStatus::Approved, TaskStatus::Rejected, TaskStatus::Submitted,
                                           TaskStatus::Returned, TaskStatus::Draft});
        if (!task)
            return task.error();
        const Result<bool> closed = m_repositories.closedYears.isClosed(task->year);
        if (!closed)
            return closed.error();
        if (!*closed)
            return Error(Error::Kind::Refused,
                         tr("The year %1 is not closed: change its tasks the ordinary way.").arg(task->year));
        if (const Status valid = checkDetails(details, true); !valid)
            return valid.error();
        if (const Status ordered = checkNotBeforeApproval(task->id, details); !ordered)
            return ordered.error();
        Task after = amended;   // over the version it was made from, as an adjustment
        after.year = task->year;   // an amendment stays within its closed year
        return decide(actor, *task, after, DecisionKind::Adjust, details, true);
    });
    const Status cleared = m_repositories.audit.setNote(QString());
    if (version && !cleared)
        return cleared.error();
    return version;
}

Result<qint64> ReviewService::addApproved(const User &actor, Task task, TaskOrigin origin, DecisionKind kind,
                                          const Details &details)
{
    const Action action = kind == DecisionKind::Assign ? Action::Assign : Action::Supplement;
    if (const Status valid = checkDetails(details, false); !valid)
        return valid.error();
    task.origin = origin;
    task.status = TaskStatus::Approved;
    qint64 id = 0;
    const Status done = m_repositories.transactions.inTransaction([&]() -> Status {
        if (const Status allowed = ActorPermission::check(m_repositories, actor, action); !allowed)
            return allowed;
        if (const Status open = YearSeal::ensureOpen(m_repositories, task.year); !open)
            return open;
        const Result<qint64> added = m_tasks.addChecked(task);
        if (!added)
            return added.error();
        id = *added;
        const Result<Task> stored = m_tasks.find(id);
        if (!stored)
            return stored.error();
        Decision decision = decisionOf(actor, id, kind, details);
        decision.after = TaskSnapshot::toJson(*stored);
        const Result<qint64> recorded = m_repositories.decisions.add(decision);
        return recorded ? Status() : Status(recorded.error());
    });
    if (!done)
        return done.error();
    return id;
}

Result<qint64> ReviewService::supplement(const User &actor, Task task, const Details &details)
{
    return addApproved(actor, std::move(task), TaskOrigin::Supplemented, DecisionKind::Supplement, details);
}

Result<qint64> ReviewService::assign(const User &actor, Task task, const Details &details)
{
    return addApproved(actor, std::move(task), TaskOrigin::Assigned, DecisionKind::Assign, details);
}

Result<qint64> ReviewService::addWithImportedDecision(const User &actor, Task task, TaskStatus decided,
                                                      const Details &details)
{
    const std::optional<DecisionKind> kind = decided == TaskStatus::Approved   ? std::optional(DecisionKind::Approve)
                                             : decided == TaskStatus::Rejected ? std::optional(DecisionKind::Reject)
                                             : decided == TaskStatus::Returned ? std::optional(DecisionKind::Return)
                                                                               : std::nullopt;
    if (!kind)
        return Error::validation(tr("Only an approval, a rejection or a return can be recorded from a file."));
    return inTransaction<qint64>(m_repositories.transactions, [&]() -> Result<qint64> {
        if (const Status allowed = ActorPermission::check(m_repositories, actor, Action::RecordImportedDecisions);
            !allowed)
            return allowed.error();
        if (const Status open = YearSeal::ensureOpen(m_repositories, task.year); !open)
            return open.error();
        if (const Status valid = checkDetails(details, true); !valid)
            return valid.error();
        task.status = TaskStatus::Draft;
        const Result<qint64> id = m_tasks.addChecked(task);
        if (!id)
            return id;
        const Result<Task> registered = m_tasks.find(*id);
        if (!registered)
            return registered.error();
        Task after = *registered;
        after.status = decided;
        const Result<int> version = decide(actor, *registered, after, *kind, details);
        return version ? id : Result<qint64>(version.error());
    });
}

Result<int> ReviewService::recordSuperiorDecision(const User &actor, qint64 taskId, const SuperiorDecision &superior)
{
    const bool onARegistration = superior.kind == DecisionKind::Approve || superior.kind == DecisionKind::Return
                                 || superior.kind == DecisionKind::Reject;
    if (!onARegistration && superior.kind != DecisionKind::Adjust && superior.kind != DecisionKind::Rate)
        return Error(Error::Kind::Refused, tr("A superior committee's decision of the kind \"%1\" is not taken here yet.")
                                               .arg(EnumNames::name(superior.kind)));
    return inTransaction<int>(m_repositories.transactions, [&]() -> Result<int> {
        const Result<Task> task = onARegistration
                                      ? taskFor(actor, Action::ExchangePackages, taskId, {TaskStatus::Submitted})
                                      : taskFor(actor, Action::ExchangePackages, taskId, {TaskStatus::Approved});
        if (!task)
            return task.error();
        const bool reasonRequired = superior.kind != DecisionKind::Approve && superior.kind != DecisionKind::Rate;
        if (const Status valid = checkDetails(superior.details, reasonRequired); !valid)
            return valid.error();
        Task after = *task;
        const Task &decided = superior.after;
        switch (superior.kind) {
        case DecisionKind::Approve: after.status = TaskStatus::Approved; break;
        case DecisionKind::Return: after.status = TaskStatus::Returned; break;
        case DecisionKind::Reject: after.status = TaskStatus::Rejected; break;
        case DecisionKind::Rate:
            after.rating = decided.rating;
            after.score = decided.score;
            after.assessment = decided.assessment;
            break;
        default:   // Adjust: the wording the superior settled on
            after.takeWordingOf(decided);
            break;
        }
        User reviewer;
        reviewer.displayName = superior.reviewerName;
        return decide(reviewer, *task, after, superior.kind, superior.details);
    });
}

Result<int> ReviewService::rate(const User &actor, qint64 taskId, Rating rating, std::optional<int> score,
                                const QString &assessment, const Details &details)
{
    return inTransaction<int>(m_repositories.transactions, [&]() -> Result<int> {
        const Result<Task> task = taskFor(actor, Action::Rate, taskId, {TaskStatus::Approved});
        if (!task)
            return task.error();
        if (const Status valid = checkDetails(details, false); !valid)
            return valid.error();
        if (const Status ordered = checkNotBeforeApproval(task->id, details); !ordered)
            return ordered.error();
        Task rated = *task;
        rated.rating = rating;
        rated.score = score;
        rated.assessment = assessment;
        return decide(actor, *task, rated, DecisionKind::Rate, details);
    });
}

} // namespace dotpha
