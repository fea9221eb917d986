#pragma once

#include "Repositories.h"
#include "Result.h"
#include "Task.h"
#include "User.h"

#include <QCoreApplication>

namespace dotpha {

class TaskService;

// Closing a year. Closing seals it (YearSeal) and carries over into the next year each approved
// multi-year task that is not finished (progress under 100 %), as a new approved task linked to
// the one it continues; all of it in one transaction, by an administrator.
class YearClosingService
{
    Q_DECLARE_TR_FUNCTIONS(YearClosingService)

public:
    // What closing would leave behind, for the administrator to see before confirming.
    struct Preview
    {
        bool alreadyClosed = false;
        int awaitingDecision = 0;   // submitted, not yet decided
        int unrated = 0;            // approved, not yet rated
        int toCarryOver = 0;
    };

    YearClosingService(Repositories &repositories, TaskService &tasks) : m_repositories(repositories), m_tasks(tasks) {}

    Result<Preview> preview(int year);
    // Returns how many tasks were carried over.
    Result<int> close(const User &actor, int year);

    static bool carriesOver(const Task &task, int closingYear);
    // The continuation of task in the year after closingYear.
    static Task continuationOf(const Task &task, int closingYear);

private:
    Result<QList<Task>> tasksOf(int year);

    Repositories &m_repositories;
    TaskService &m_tasks;
};

} // namespace dotpha
