#include "ExecutionState.h"
#include "QtPrinters.h"
#include "Task.h"

#include <gtest/gtest.h>

using namespace dotpha;
using State = ExecutionState::State;

namespace {

Task approved(int progress, QDate deadline = QDate(2021, 12, 31))
{
    Task task;
    task.year = 2021;
    task.status = TaskStatus::Approved;
    task.progressPercent = progress;
    task.deadline = deadline;
    return task;
}

} // namespace

TEST(ExecutionState, AroundTheDeadline)
{
    const QDate deadline(2021, 12, 31);
    EXPECT_EQ(ExecutionState::of(approved(99, deadline), deadline), State::OnTrack);        // the last day still counts
    EXPECT_EQ(ExecutionState::of(approved(99, deadline), deadline.addDays(1)), State::Overdue);
    EXPECT_EQ(ExecutionState::of(approved(100, deadline), deadline.addDays(30)), State::Completed);
}

TEST(ExecutionState, ProgressAgainstTheTimeUsed)
{
    const QDate midYear(2021, 7, 2);   // half of the year used
    EXPECT_EQ(ExecutionState::of(approved(50), midYear), State::OnTrack);
    EXPECT_EQ(ExecutionState::of(approved(40), midYear), State::OnTrack);          // within the margin
    EXPECT_EQ(ExecutionState::of(approved(30), midYear), State::BehindSchedule);
    EXPECT_EQ(ExecutionState::of(approved(0), QDate(2021, 1, 20)), State::NotStarted);
    EXPECT_EQ(ExecutionState::of(approved(0), midYear), State::BehindSchedule);
}

TEST(ExecutionState, OnlyApprovedTasksAreFollowed)
{
    Task draft = approved(10);
    draft.status = TaskStatus::Submitted;
    EXPECT_EQ(ExecutionState::of(draft, QDate(2022, 3, 1)), State::NotApplicable);
    Task undated = approved(0, QDate());
    EXPECT_EQ(ExecutionState::of(undated, QDate(2021, 6, 1)), State::NotStarted);
}
