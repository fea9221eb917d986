#include "Validator.h"

#include "Attachment.h"
#include "CommitteeSettings.h"
#include "Field.h"
#include "Indicator.h"
#include "Person.h"
#include "ProgressNote.h"
#include "Task.h"
#include "Unit.h"
#include "User.h"
#include "WorkItem.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

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
    if (task.score && (*task.score < 0 || *task.score > 100))
        found << tr("A score is from 0 to 100 points.");
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
    if (!settings.scoreThresholds.isValid())
        found << tr("The score thresholds must go down from excellent to completed, within 1-100 points.");
    if (settings.attachmentLimitMegabytes < 1
        || settings.attachmentLimitMegabytes > CommitteeSettings::LargestAttachmentLimitMegabytes)
        found << tr("The largest file one may attach must be between 1 and %1 MB.")
                     .arg(CommitteeSettings::LargestAttachmentLimitMegabytes);
    return found;
}

QStringList Validator::problems(const Attachment &attachment)
{
    QStringList found;
    if (attachment.taskId <= 0)
        found << tr("A file is attached to a task.");
    if (isBlank(attachment.fileName) || attachment.fileName.size() > 255 || attachment.fileName.contains(u'/')
        || attachment.fileName.contains(u'\\'))
        found << tr("An attached file needs its name, without folders, of at most 255 characters.");
    if (attachment.sizeBytes < 0)
        found << tr("An attached file cannot be smaller than nothing.");
    static const QRegularExpression sha256(u"^[0-9a-f]{64}$"_s);
    if (!sha256.match(attachment.sha256).hasMatch())
        found << tr("An attached file needs its SHA-256, 64 hexadecimal digits.");
    const int owners = int(attachment.progressNoteId.has_value()) + int(attachment.workItemId.has_value())
                       + int(attachment.decisionId.has_value());
    if (owners > 1)
        found << tr("A file is attached to one progress note, work item or decision at most.");
    return found;
}

} // namespace dotpha
