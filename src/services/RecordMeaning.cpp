#include "RecordMeaning.h"

#include "ApprovalHistory.h"
#include "AuditRepository.h"
#include "ClosedYearRepository.h"
#include "DecisionRepository.h"
#include "EnumNames.h"
#include "FiguresRepository.h"
#include "TaskQuery.h"
#include "TaskRepository.h"

#include <QHash>

#include <algorithm>

namespace dotpha {

namespace {

// Enough to act on; the rest is counted.
constexpr int MaxLinesPerYear = 50;

QString named(const Task &task)
{
    return RecordMeaning::tr("Task %1 (“%2”, %3)").arg(task.id).arg(task.title).arg(task.year);
}

} // namespace

Result<QStringList> RecordMeaning::problems(Repositories &repositories)
{
    const Result<QList<int>> years = repositories.figures.years();
    if (!years)
        return years.error();
    QStringList found;
    for (const int year : *years) {
        const Result<QStringList> ofYear = problemsOfYear(repositories, year);
        if (!ofYear)
            return ofYear;
        found << *ofYear;
    }
    const Result<QList<int>> closed = repositories.closedYears.all();
    if (!closed)
        return closed.error();
    for (const int year : *closed) {
        const Result<QStringList> changed = changedSinceClosing(repositories, year);
        if (!changed)
            return changed;
        found << *changed;
    }
    return found;
}

Result<QStringList> RecordMeaning::problemsOfYear(Repositories &repositories, int year)
{
    const Result<QList<Decision>> decisions = repositories.decisions.ofYearWithoutSnapshots(year);
    if (!decisions)
        return decisions.error();
    QHash<qint64, QList<Decision>> byTask;
    for (const Decision &decision : *decisions)
        byTask[decision.taskId] << decision;
    TaskQuery query;
    query.year = year;
    const Result<QList<Task>> tasks = repositories.tasks.list(query);
    if (!tasks)
        return tasks.error();
    QStringList found;
    int more = 0;
    for (const Task &task : *tasks) {
        const QStringList lines = ofTask(task, byTask.value(task.id));
        for (const QString &line : lines) {
            if (found.size() < MaxLinesPerYear)
                found << line;
            else
                ++more;
        }
    }
    if (more > 0)
        found << tr("… and %1 more such problems among the tasks of %2.").arg(more).arg(year);
    return found;
}

QStringList RecordMeaning::ofTask(const Task &task, QList<Decision> decisions)
{
    // The order they were recorded in, which is the order they set the task's state in.
    std::sort(decisions.begin(), decisions.end(), [](const Decision &a, const Decision &b) { return a.id < b.id; });
    std::optional<TaskStatus> decided;
    bool rated = false;
    bool amendedLast = false;
    for (const Decision &decision : std::as_const(decisions)) {
        if (decision.lateAmendment) {
            amendedLast = true;
            continue;
        }
        if (const std::optional<TaskStatus> status = ApprovalHistory::statusAfter(decision.kind)) {
            decided = status;
            amendedLast = false;
        }
        if (decision.kind == DecisionKind::Rate) {
            rated = true;
            amendedLast = false;
        }
    }
    if (amendedLast)
        return {};
    QStringList found;
    const QString status = EnumNames::name(task.status);
    const bool carried = task.continuesTaskId.has_value() && !decided;
    switch (task.status) {
    case TaskStatus::Approved:
        if (decided != TaskStatus::Approved && !carried)
            found << tr("%1 is recorded as “%2”, but no approval, assignment or supplement of it is on record.")
                         .arg(named(task), status);
        break;
    case TaskStatus::Returned:
    case TaskStatus::Rejected:
        if (decided != task.status)
            found << tr("%1 is recorded as “%2”, but its decisions do not say so.").arg(named(task), status);
        break;
    case TaskStatus::Draft:
    case TaskStatus::Submitted:
        if (decided && decided != TaskStatus::Returned)
            found << tr("%1 is recorded as “%2”, but a decision on record made it “%3”.")
                         .arg(named(task), status, EnumNames::name(*decided));
        break;
    }
    if (task.rating && (task.status != TaskStatus::Approved || !rated))
        found << tr("%1 has a year-end rating that no rating decision of an approved task gave it.").arg(named(task));
    if (task.score && !task.rating)
        found << tr("%1 has a score without a rating.").arg(named(task));
    return found;
}

Result<QStringList> RecordMeaning::changedSinceClosing(Repositories &repositories, int year)
{
    const Result<QList<AuditEntry>> changes = repositories.audit.changesAfterClosing(year, MaxLinesPerYear);
    if (!changes)
        return changes.error();
    QStringList found;
    for (const AuditEntry &entry : *changes)
        found << tr("Record %1 of the change log (%2, %3) changed task %4 of %5 after the year was closed, and not "
                    "as a late amendment.")
                     .arg(entry.id)
                     .arg(entry.actor, entry.recordedAt.toLocalTime().toString(Qt::ISODate))
                     .arg(entry.taskId.value_or(entry.entityId))
                     .arg(year);
    return found;
}

} // namespace dotpha
