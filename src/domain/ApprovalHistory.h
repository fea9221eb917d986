#pragma once

#include "Decision.h"
#include "Task.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace dotpha {

// Whether a task stood approved on a past day, from the reviewers' decisions rather than from its
// status today: a task approved in August was no result at 30 June, and one returned in August
// was. An approval, an assignment or a supplement leaves the task approved, a return returned, a
// rejection rejected; an adjustment or a rating (a late amendment among them) leaves its status as
// it was. The last of those dated on or before the day tells. A task with no decision on record at
// all (written before decisions were kept) is taken as it stands now.
class ApprovalHistory
{
public:
    // decisions: the year's decisions, each task's oldest first.
    explicit ApprovalHistory(const QList<Decision> &decisions);

    bool wasApproved(const Task &task, const QDate &day) const;

    // The status a decision leaves the task in; none for one that leaves it as it was.
    static std::optional<TaskStatus> statusAfter(DecisionKind kind);

private:
    struct Step
    {
        QDate day;
        std::optional<TaskStatus> status;
    };
    QHash<qint64, QList<Step>> m_stepsByTask;
};

} // namespace dotpha
