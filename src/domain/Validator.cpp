#include "Validator.h"

#include "CommitteeSettings.h"
#include "Field.h"
#include "Indicator.h"
#include "Person.h"
#include "ProgressNote.h"
#include "Task.h"
#include "Unit.h"
#include "User.h"
#include "WorkItem.h"

namespace dotpha {

namespace {

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

bool isYear(int year)
{
    return year >= Validator::MinYear && year <= Validator::MaxYear;
}

} // namespace

QStringList Validator::problems(const Unit &unit)
{
    QStringList found;
    if (isBlank(unit.name))
        found << tr("The unit has no name.");
    if (unit.activeFromYear && unit.activeToYear && *unit.activeToYear < *unit.activeFromYear)
        found << tr("The unit's last active year is before its first.");
    if (unit.id != 0 && unit.parentId == unit.id)
        found << tr("A unit cannot be its own parent.");
    if (unit.id != 0 && unit.successorId == unit.id)
        found << tr("A unit cannot be its own successor.");
    return found;
}

QStringList Validator::problems(const Person &person)
{
    QStringList found;
    if (isBlank(person.fullName))
        found << tr("The person has no name.");
    return found;
}

QStringList Validator::problems(const Field &field)
{
    QStringList found;
    if (isBlank(field.name))
        found << tr("The field has no name.");
    return found;
}

QStringList Validator::problems(const Task &task)
{
    QStringList found;
    if (!isYear(task.year))
        found << tr("The year %1 is outside %2-%3.").arg(task.year).arg(MinYear).arg(MaxYear);
    if (task.endYear && (*task.endYear < task.year || *task.endYear > task.year + MaxTaskYears))
        found << tr("The end year must be between the start year and %1 years after it.").arg(MaxTaskYears);
    if (task.unitId <= 0)
        found << tr("The task has no unit.");
    if (task.kind == TaskKind::Individual && !task.personId)
        found << tr("An individual task needs the person who registers it.");
    if (task.kind == TaskKind::Collective && task.personId)
        found << tr("A collective task belongs to a unit, not to a person.");
    if (isBlank(task.title))
        found << tr("The task has no title.");
    for (const QString *text : {&task.title, &task.content, &task.objective, &task.expectedResult,
                                &task.solutions, &task.assessment}) {
        if (text->size() > MaxTextLength) {
            found << tr("A text of the task is longer than %1 characters.").arg(MaxTextLength);
            break;
        }
    }
    if (task.progressPercent < 0 || task.progressPercent > 100)
        found << tr("Progress must be between 0 and 100 percent.");
    return found;
}

QStringList Validator::problems(const ProgressNote &note)
{
    QStringList found;
    if (note.taskId <= 0)
        found << tr("The progress note belongs to no task.");
    if (!note.notedOn.isValid())
        found << tr("The progress note has no date.");
    if (note.percent && (*note.percent < 0 || *note.percent > 100))
        found << tr("Progress must be between 0 and 100 percent.");
    if (isBlank(note.text) && !note.percent)
        found << tr("The progress note is empty.");
    return found;
}

QStringList Validator::problems(const WorkItem &item)
{
    QStringList found;
    if (item.taskId <= 0)
        found << tr("The work item belongs to no task.");
    if (isBlank(item.title))
        found << tr("The work item has no title.");
    return found;
}

QStringList Validator::problems(const Indicator &indicator)
{
    QStringList found;
    if (indicator.taskId <= 0)
        found << tr("The indicator belongs to no task.");
    if (isBlank(indicator.name))
        found << tr("The indicator has no name.");
    return found;
}

QStringList Validator::problems(const User &user)
{
    QStringList found;
    if (isBlank(user.login))
        found << tr("The user has no login name.");
    else if (user.login.contains(QLatin1Char(' ')))
        found << tr("A login name cannot contain spaces.");
    if (isBlank(user.displayName))
        found << tr("The user has no display name.");
    if (!user.password.isSet() && !user.password.isKeptByServer())
        found << tr("The user has no password.");
    return found;
}

QStringList Validator::problems(const CommitteeSettings &settings)
{
    QStringList found;
    if (isBlank(settings.committeeName))
        found << tr("The committee has no name.");
    for (double margin : {settings.marginTopMm, settings.marginBottomMm, settings.marginLeftMm,
                          settings.marginRightMm}) {
        if (margin < 0 || margin > 60) {
            found << tr("Document margins must be between 0 and 60 mm.");
            break;
        }
    }
    return found;
}

} // namespace dotpha
