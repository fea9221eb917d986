#include "ApprovalHistory.h"

namespace dotpha {

ApprovalHistory::ApprovalHistory(const QList<Decision> &decisions)
{
    for (const Decision &decision : decisions)
        m_stepsByTask[decision.taskId] << Step{decision.decidedOn, statusAfter(decision.kind)};
}

bool ApprovalHistory::wasApproved(const Task &task, const QDate &day) const
{
    const auto steps = m_stepsByTask.constFind(task.id);
    if (steps == m_stepsByTask.cend())
        return task.status == TaskStatus::Approved;
    // Before its first decision, a task was approved only if that decision presumes it was: an
    // adjustment or a rating of a task carried over from last year, or approved before decisions
    // were kept.
    std::optional<TaskStatus> status;
    if (!steps->constFirst().status)
        status = TaskStatus::Approved;
    for (const Step &step : *steps) {
        if (step.day > day)
            break;
        if (step.status)
            status = step.status;
    }
    return status == TaskStatus::Approved;
}

std::optional<TaskStatus> ApprovalHistory::statusAfter(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Approve:
    case DecisionKind::Supplement:
    case DecisionKind::Assign: return TaskStatus::Approved;
    case DecisionKind::Return: return TaskStatus::Returned;
    case DecisionKind::Reject: return TaskStatus::Rejected;
    case DecisionKind::Adjust:
    case DecisionKind::Rate: break;
    }
    return std::nullopt;
}

} // namespace dotpha
