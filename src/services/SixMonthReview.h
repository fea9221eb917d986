#pragma once

#include "ExecutionState.h"
#include "ProgressNote.h"
#include "Result.h"
#include "Task.h"

#include <QDate>
#include <QList>
#include <QMap>

#include <optional>

namespace dotpha {

class DecisionRepository;
class ProgressNoteRepository;

// How the year's tasks approved on a day of the year (30 June for the six-month review, "sơ kết 6
// tháng") stood on that day, read from the recorded history rather than today's values: which
// tasks were approved comes from the decisions dated until then (ApprovalHistory), each task's
// progress is the percent of its latest note on or before that day (none: 0%), and its state is
// ExecutionState's on that day with that progress.
class SixMonthReview
{
public:
    struct Standing
    {
        Task task;   // as it is now, but for progressPercent and status, which are as of the day
        ExecutionState::State state = ExecutionState::State::NotStarted;
        std::optional<ProgressNote> latestNote;   // the latest note on or before the day, with or without a percent
    };

    // The review's usual day: 30 June of year.
    static QDate middleOf(int year) { return QDate(year, 6, 30); }

    // tasks: the year's tasks, whatever their status today, in the order the review lists them.
    static Result<SixMonthReview> of(ProgressNoteRepository &notes, DecisionRepository &decisions,
                                     const QList<Task> &tasks, int year, const QDate &asOf);

    int year() const { return m_year; }
    const QDate &asOf() const { return m_asOf; }
    const QList<Standing> &standings() const { return m_standings; }
    int count(ExecutionState::State state) const { return m_byState.value(state); }
    int countOf(TaskKind kind) const;
    // The average progress as of the day, rounded, in percent; 0 with no task.
    int averagePercent() const;
    // The tasks behind schedule or overdue as of the day, in list order.
    QList<Standing> lagging() const;

private:
    int m_year = 0;
    QDate m_asOf;
    QList<Standing> m_standings;
    QMap<ExecutionState::State, int> m_byState;
};

} // namespace dotpha
