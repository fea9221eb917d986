#include "TaskReadiness.h"

#include "Task.h"

namespace dotpha {

QStringList TaskReadiness::missing(const Task &task)
{
    QStringList found;
    if (task.title.trimmed().isEmpty())
        found << tr("Clear task: the title is missing.");
    if (task.unitId <= 0)
        found << tr("Clear person: the lead unit is missing.");
    if (task.kind == TaskKind::Individual && !task.personId)
        found << tr("Clear person: the leader who registers the task is missing.");
    if (task.expectedResult.trimmed().isEmpty() && task.objective.trimmed().isEmpty())
        found << tr("Clear task: neither the objective nor the expected result is given.");
    if (!task.deadline.isValid())
        found << tr("Clear schedule: the deadline is missing.");
    return found;
}

} // namespace dotpha
