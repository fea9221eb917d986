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
    std::optional<TaskStatus> status;
    for (const Step &step : *steps) {
        if (step.day > day)
            break;
        status = step.status;
    }
    return status == TaskStatus::Approved;
}

TaskStatus ApprovalHistory::statusAfter(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Return: return TaskStatus::Returned;
    case DecisionKind::Reject: return TaskStatus::Rejected;
    case DecisionKind::Approve:
    case DecisionKind::Adjust:
    case DecisionKind::Supplement:
    case DecisionKind::Assign:
    case DecisionKind::Rate: break;
    }
    return TaskStatus::Approved;
}

} // namespace dotpha
