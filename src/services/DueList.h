#pragma once

#include "Repositories.h"
#include "Result.h"
#include "Task.h"
#include "TaskQuery.h"
#include "WorkItem.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QList>

#include <optional>

namespace dotpha {

// What falls due soon: the approved, unfinished tasks whose deadline, or the due date of a work
// item of theirs not yet done, is between today and days from today, both included; soonest first.
// And what is overdue: the same, with a deadline or due date before today.
class DueList
{
    Q_DECLARE_TR_FUNCTIONS(DueList)

public:
    struct Entry
    {
        Task task;
        QList<WorkItem> workItems;   // those of the task falling due in the window, soonest first
        QDate firstDue;              // the soonest of the task's deadline (when in the window) and theirs
    };

    // Of year only when given.
    static Result<QList<Entry>> collect(Repositories &repositories, const QDate &today, int days,
                                        std::optional<int> year = std::nullopt);
    // What should have been done before today, the longest overdue first.
    static Result<QList<Entry>> collectOverdue(Repositories &repositories, const QDate &today,
                                               std::optional<int> year = std::nullopt);
    static QJsonArray toJson(const QList<Entry> &entries);

private:
    static Result<QList<Entry>> collectWithin(Repositories &repositories, const TaskQuery::DueWindow &window,
                                              std::optional<int> year);
};

} // namespace dotpha
