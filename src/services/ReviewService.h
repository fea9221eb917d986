#pragma once

#include "Decision.h"
#include "Rating.h"
#include "Repositories.h"
#include "Result.h"
#include "Task.h"
#include "User.h"
#include "WorkflowPolicy.h"

#include <QCoreApplication>

namespace dotpha {

class TaskService;

// The review of registrations: submitting, and the reviewers' decisions. Each step checks the
// actor's role (WorkflowPolicy) and the task's state, and writes the task's change together with
// its decision (date, number, reviewer, reason, fields before and after), all in one transaction.
class ReviewService
{
    Q_DECLARE_TR_FUNCTIONS(ReviewService)

public:
    struct Details
    {
        QDate decidedOn;
        QString number;   // "Số 15-QĐ/HU"
        QString reason;
    };

    ReviewService(Repositories &repositories, TaskService &tasks) : m_repositories(repositories), m_tasks(tasks) {}

    // Draft or returned -> submitted; the task must be ready (TaskReadiness). Returns the new version.
    Result<int> submit(const User &actor, qint64 taskId);
    // Submitted -> approved.
    Result<int> approve(const User &actor, qint64 taskId, const Details &details);
    // Submitted -> returned for revision; a reason is required.
    Result<int> returnForRevision(const User &actor, qint64 taskId, const Details &details);
    // Submitted -> rejected; a reason is required.
    Result<int> reject(const User &actor, qint64 taskId, const Details &details);
    // Changes an approved task's fields; the decision keeps them before and after. A reason is required.
    Result<int> adjust(const User &actor, const Task &adjusted, const Details &details);
    // Adds a task approved at once, of origin supplemented or (assign) assigned.
    Result<qint64> supplement(const User &actor, Task task, const Details &details);
    Result<qint64> assign(const User &actor, Task task, const Details &details);
    // An administrator's change to a task of a closed year: recorded as an adjustment decision
    // marked late, and every audit row it writes carries "Late amendment: reason". A reason is required.
    Result<int> amendLate(const User &actor, const Task &amended, const Details &details);
    // Adds a registration an imported spreadsheet brings together with the decision it reports
    // (approved, rejected or returned), taken outside Dotpha: the task is stored as a draft and
    // decided at once, in one transaction, by an administrator, who is named as its reviewer; the
    // reason names the file. Only a task added this way: no existing task is decided by it.
    Result<qint64> addWithImportedDecision(const User &actor, Task task, TaskStatus decided, const Details &details);
    // Rates an approved task at year end: the level the reviewer chose and, when given, the score
    // (0-100) beside it, which only suggests a level (ScoreThresholds).
    Result<int> rate(const User &actor, qint64 taskId, Rating rating, std::optional<int> score,
                     const QString &assessment, const Details &details);

    // A superior committee's decision on one of this committee's registrations, come down in its
    // package (docs/exchange.md) and taken by an administrator: the task takes the state, wording
    // or rating the superior's reviewer decided, from the state a reviewer here would decide it
    // from, and the decision is recorded with the superior's number, date, reviewer and reason.
    struct SuperiorDecision
    {
        DecisionKind kind = DecisionKind::Approve;
        Details details;
        QString reviewerName;   // "Trần Văn Duyệt (Tỉnh ủy Tuyên Quang)"
        Task after;             // the task as the decision left it at the superior
    };
    Result<int> recordSuperiorDecision(const User &actor, qint64 taskId, const SuperiorDecision &decision);

private:
    using Action = WorkflowPolicy::Action;
    Result<Task> taskFor(const User &actor, Action action, qint64 taskId, std::initializer_list<TaskStatus> from);
    Status checkDetails(const Details &details, bool reasonRequired) const;
    Status checkNotBeforeApproval(qint64 taskId, const Details &details);
    // A decision on a submitted registration that only changes its status.
    Result<int> transition(const User &actor, Action action, qint64 taskId, TaskStatus to, DecisionKind kind,
                           const Details &details, bool reasonRequired);
    static Decision decisionOf(const User &actor, qint64 taskId, DecisionKind kind, const Details &details);
    Result<int> decide(const User &actor, const Task &before, Task after, DecisionKind kind, const Details &details,
                       bool lateAmendment = false);
    Result<qint64> addApproved(const User &actor, Task task, TaskOrigin origin, DecisionKind kind, const Details &details);

    Repositories &m_repositories;
    TaskService &m_tasks;
};

} // namespace dotpha
