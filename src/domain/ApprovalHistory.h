#pragma once

#include "Decision.h"
#include "Task.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace dotpha {

// Whether a task stood approved on a past day, from the reviewers' decisions rather than from its
// status today: a task approved in August was no result at 30 June, and one returned in August
// was. Each decision leaves the task in one status (an approval, an assignment, a supplement, an
// adjustment or a rating leave it approved; a return returned; a rejection rejected), so the last
// decision dated on or before the day tells. A task with no decision on record at all (written
// before decisions were kept) is taken as it stands now.
class ApprovalHistory
{
public:
    // decisions: the year's decisions, each task's oldest first.
    explicit ApprovalHistory(const QList<Decision> &decisions);

    bool wasApproved(const Task &task, const QDate &day) const;

    static TaskStatus statusAfter(DecisionKind kind);

private:
    struct Step
    {
        QDate day;
        TaskStatus status;
    };
    QHash<qint64, QList<Step>> m_stepsByTask;
};

} // namespace dotpha
