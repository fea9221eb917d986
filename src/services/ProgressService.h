#pragma once

#include "Indicator.h"
#include "IndicatorValue.h"
#include "ProgressNote.h"
#include "Repositories.h"
#include "Result.h"
#include "User.h"
#include "WorkItem.h"

#include <QCoreApplication>

namespace dotpha {

class TaskService;

// Following an approved task through its year: dated progress notes (a note with a percent sets
// the task's progress, in the same transaction), work items with due and done dates, indicators
// and their dated values. Only a role that may log progress, only on an approved task, and not in
// a closed year; each checked in the transaction that writes. Work items are also the schedule a
// registration proposes ("lộ trình"): they are added and removed while it is a draft or returned
// for revision too, and marked done only once it is approved.
class ProgressService
{
    Q_DECLARE_TR_FUNCTIONS(ProgressService)

public:
    ProgressService(Repositories &repositories, TaskService &tasks) : m_repositories(repositories), m_tasks(tasks) {}

    Result<qint64> addNote(const User &actor, const ProgressNote &note);
    Result<qint64> addWorkItem(const User &actor, const WorkItem &item);
    // Marks a work item done on doneOn, or not done when doneOn is null. Returns the new version.
    Result<int> setWorkItemDone(const User &actor, WorkItem item, const QDate &doneOn);
    Result<qint64> addIndicator(const User &actor, const Indicator &indicator);
    Result<qint64> recordValue(const User &actor, qint64 taskId, const IndicatorValue &value);

    // Taking an entry back (its undo): the same checks as adding it. restoredPercent, when given,
    // becomes the task's progress again, in the same transaction as the note's removal.
    Status removeNote(const User &actor, const ProgressNote &note, std::optional<int> restoredPercent);
    Status removeWorkItem(const User &actor, const WorkItem &item);
    Status removeIndicator(const User &actor, const Indicator &indicator);
    Status removeValue(const User &actor, qint64 taskId, qint64 valueId);

private:
    Status checkLoggable(const User &actor, qint64 taskId);
    Status checkPlannable(const User &actor, qint64 taskId);
    Status checkIndicatorOf(qint64 taskId, qint64 indicatorId);
    Status setPercent(qint64 taskId, int percent);

    Repositories &m_repositories;
    TaskService &m_tasks;
};

} // namespace dotpha
