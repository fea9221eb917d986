#include "ExecutionState.h"

#include "Task.h"
#include "TaskQuery.h"

#include <algorithm>

namespace dotpha {

double ExecutionState::elapsedPercent(const Task &task, const QDate &day)
{
    const QDate start(task.year, 1, 1);
    const qint64 span = std::max<qint64>(1, start.daysTo(task.deadline));
    return 100.0 * double(start.daysTo(day)) / double(span);
}

ExecutionState::State ExecutionState::of(const Task &task, const QDate &day)
{
    if (task.status != TaskStatus::Approved)
        return State::NotApplicable;
    if (task.progressPercent >= 100)
        return State::Completed;
    if (!task.deadline.isValid())
        return task.progressPercent > 0 ? State::OnTrack : State::NotStarted;
    if (day > task.deadline)
        return State::Overdue;
    if (elapsedPercent(task, day) > task.progressPercent + TaskQuery::BehindScheduleMargin)
        return State::BehindSchedule;
    return task.progressPercent > 0 ? State::OnTrack : State::NotStarted;
}

QString ExecutionState::name(State state)
{
    switch (state) {
    case State::NotApplicable: return {};
    case State::NotStarted: return tr("Not started");
    case State::OnTrack: return tr("On track");
    case State::BehindSchedule: return tr("Behind schedule");
    case State::Overdue: return tr("Overdue");
    case State::Completed: return tr("Completed");
    }
    return {};
}

} // namespace dotpha
