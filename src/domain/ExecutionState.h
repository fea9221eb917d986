#pragma once

#include <QCoreApplication>
#include <QDate>

namespace dotpha {

struct Task;

// How an approved task stands on a given day, derived from its deadline and progress, never stored:
// not started (no progress yet, with time left), on track, behind schedule (progress lags the share of
// the time used by more than TaskQuery::BehindScheduleMargin points, the rule the "behind schedule"
// view applies in SQL), overdue (deadline passed, unfinished), or completed.
class ExecutionState
{
    Q_DECLARE_TR_FUNCTIONS(ExecutionState)

public:
    enum class State { NotApplicable, NotStarted, OnTrack, BehindSchedule, Overdue, Completed };

    static State of(const Task &task, const QDate &day);
    // Share of the time from 1 January of the task's year to its deadline used on day, in percent.
    static double elapsedPercent(const Task &task, const QDate &day);
    static QString name(State state);
};

} // namespace dotpha
