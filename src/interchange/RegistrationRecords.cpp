#include "RegistrationRecords.h"

#include "EnumCodes.h"
#include "JsonFieldReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

QJsonValue orNull(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue();
}

QJsonValue orNull(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue orNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject taskJson(const Task &task, const QString &fieldName)
{
    return {
        {u"id"_s, double(task.id)}, {u"version"_s, task.version}, {u"year"_s, task.year},
        {u"endYear"_s, orNull(task.endYear)}, {u"kind"_s, toCode(task.kind)}, {u"unitId"_s, double(task.unitId)},
        {u"personId"_s, orNull(task.personId)}, {u"unitName"_s, task.unitNameAtRegistration},
        {u"unitKind"_s, toCode(task.unitKindAtRegistration)}, {u"personName"_s, task.personNameAtRegistration},
        {u"position"_s, task.positionAtRegistration}, {u"title"_s, task.title}, {u"content"_s, task.content},
        {u"objective"_s, task.objective}, {u"expectedResult"_s, task.expectedResult},
        {u"solutions"_s, task.solutions}, {u"deadline"_s, orNull(task.deadline)}, {u"nature"_s, toCode(task.nature)},
        {u"field"_s, fieldName}, {u"origin"_s, toCode(task.origin)}, {u"status"_s, toCode(task.status)},
        {u"progressPercent"_s, task.progressPercent},
        {u"rating"_s, task.rating ? QJsonValue(toCode(*task.rating)) : QJsonValue()},
        {u"score"_s, orNull(task.score)}, {u"assessment"_s, task.assessment},
        {u"continuesTaskId"_s, orNull(task.continuesTaskId)},
    };
}

Task taskOf(JsonFieldReader &fields)
{
    Task task;
    task.id = fields.integer(u"id"_s, 1);
    task.version = int(fields.integer(u"version"_s, 0, 1'000'000'000));
    task.year = int(fields.integer(u"year"_s, 1900, 2200));
    if (const auto endYear = fields.optionalInteger(u"endYear"_s, 1900, 2200))
        task.endYear = int(*endYear);
    task.kind = fields.code(u"kind"_s, TaskKind::Collective);
    task.unitId = fields.integer(u"unitId"_s, 1);
    task.personId = fields.optionalInteger(u"personId"_s, 1);
    task.unitNameAtRegistration = fields.text(u"unitName"_s);
    task.unitKindAtRegistration = fields.code(u"unitKind"_s, UnitKind::Other);
    task.personNameAtRegistration = fields.optionalText(u"personName"_s);
    task.positionAtRegistration = fields.optionalText(u"position"_s);
    task.title = fields.text(u"title"_s);
    task.content = fields.optionalText(u"content"_s);
    task.objective = fields.optionalText(u"objective"_s);
    task.expectedResult = fields.optionalText(u"expectedResult"_s);
    task.solutions = fields.optionalText(u"solutions"_s);
    task.deadline = fields.optionalDate(u"deadline"_s);
    task.nature = fields.code(u"nature"_s, TaskNature::Breakthrough);
    task.origin = fields.code(u"origin"_s, TaskOrigin::Registered);
    task.status = fields.code(u"status"_s, TaskStatus::Submitted);
    task.progressPercent = int(fields.integer(u"progressPercent"_s, 0, 100));
    if (!fields.optionalText(u"rating"_s).isEmpty())
        task.rating = fields.code(u"rating"_s, Rating::Completed);
    if (const auto score = fields.optionalInteger(u"score"_s, 0, 100))
        task.score = int(*score);
    task.assessment = fields.optionalText(u"assessment"_s);
    task.continuesTaskId = fields.optionalInteger(u"continuesTaskId"_s, 1);
    return task;
}

QJsonArray workItemsJson(const QList<WorkItem> &items)
{
    QJsonArray array;
    for (const WorkItem &item : items) {
        array.append(QJsonObject{{u"id"_s, double(item.id)}, {u"position"_s, item.position}, {u"title"_s, item.title},
                                 {u"dueOn"_s, orNull(item.dueOn)}, {u"doneOn"_s, orNull(item.doneOn)}});
    }
    return array;
}

QJsonArray indicatorsJson(const QList<RegistrationRecords::IndicatorRecord> &indicators)
{
    QJsonArray array;
    for (const auto &[indicator, values] : indicators) {
        QJsonArray valueArray;
        for (const IndicatorValue &value : values) {
            valueArray.append(QJsonObject{{u"id"_s, double(value.id)}, {u"measuredOn"_s, orNull(value.measuredOn)},
                                          {u"value"_s, value.value}, {u"note"_s, value.note}});
        }
        array.append(QJsonObject{{u"id"_s, double(indicator.id)}, {u"name"_s, indicator.name},
                                 {u"unitOfMeasure"_s, indicator.unitOfMeasure},
                                 {u"baseline"_s, orNull(indicator.baseline)}, {u"target"_s, orNull(indicator.target)},
                                 {u"values"_s, valueArray}});
    }
    return array;
}

QJsonArray progressNotesJson(const QList<ProgressNote> &notes)
{
    QJsonArray array;
    for (const ProgressNote &note : notes) {
        array.append(QJsonObject{{u"id"_s, double(note.id)}, {u"notedOn"_s, orNull(note.notedOn)},
                                 {u"percent"_s, orNull(note.percent)}, {u"text"_s, note.text}});
    }
    return array;
}

QJsonArray filesJson(const QList<RegistrationRecords::FileRecord> &files)
{
    QJsonArray array;
    for (const auto &[file, part] : files) {
        array.append(QJsonObject{{u"id"_s, double(file.id)}, {u"fileName"_s, file.fileName},
                                 {u"mediaType"_s, file.mediaType}, {u"size"_s, double(file.sizeBytes)},
                                 {u"sha256"_s, file.sha256}, {u"progressNoteId"_s, orNull(file.progressNoteId)},
                                 {u"workItemId"_s, orNull(file.workItemId)}, {u"part"_s, part}});
    }
    return array;
}

void readDetails(JsonFieldReader &fields, RegistrationRecords::TaskRecord &record)
{
    const QJsonArray items = fields.array(u"workItems"_s);
    for (qsizetype i = 0; i < items.size(); ++i) {
        JsonFieldReader item = fields.element(u"workItems"_s, i, items.at(i));
        record.workItems.append({item.integer(u"id"_s, 1), record.task.id, int(item.integer(u"position"_s, 0, 100000)),
                                 item.text(u"title"_s), item.optionalDate(u"dueOn"_s), item.optionalDate(u"doneOn"_s)});
        fields.take(item);
    }
    const QJsonArray indicators = fields.array(u"indicators"_s);
    for (qsizetype i = 0; i < indicators.size(); ++i) {
        JsonFieldReader each = fields.element(u"indicators"_s, i, indicators.at(i));
        RegistrationRecords::IndicatorRecord indicator{{each.integer(u"id"_s, 1), record.task.id, each.text(u"name"_s),
                                                        each.optionalText(u"unitOfMeasure"_s),
                                                        each.optionalNumber(u"baseline"_s),
                                                        each.optionalNumber(u"target"_s)},
                                                       {}};
        const QJsonArray values = each.array(u"values"_s);
        for (qsizetype v = 0; v < values.size(); ++v) {
            JsonFieldReader value = each.element(u"values"_s, v, values.at(v));
            indicator.values.append({value.integer(u"id"_s, 1), indicator.indicator.id, value.date(u"measuredOn"_s),
                                     value.number(u"value"_s), value.optionalText(u"note"_s)});
            each.take(value);
        }
        record.indicators.append(indicator);
        fields.take(each);
    }
    const QJsonArray notes = fields.array(u"progressNotes"_s);
    for (qsizetype i = 0; i < notes.size(); ++i) {
        JsonFieldReader note = fields.element(u"progressNotes"_s, i, notes.at(i));
        ProgressNote read;
        read.id = note.integer(u"id"_s, 1);
        read.taskId = record.task.id;
        read.notedOn = note.date(u"notedOn"_s);
        read.text = note.text(u"text"_s);
        if (const auto percent = note.optionalInteger(u"percent"_s, 0, 100))
            read.percent = int(*percent);
        record.progressNotes.append(read);
        fields.take(note);
    }
    const QJsonArray files = fields.array(u"files"_s);
    for (qsizetype i = 0; i < files.size(); ++i) {
        JsonFieldReader file = fields.element(u"files"_s, i, files.at(i));
        Attachment attachment;
        attachment.id = file.integer(u"id"_s, 1);
        attachment.taskId = record.task.id;
        attachment.fileName = file.text(u"fileName"_s);
        attachment.mediaType = file.optionalText(u"mediaType"_s);
        attachment.sizeBytes = file.integer(u"size"_s, 0);
        attachment.sha256 = QString::fromLatin1(file.hex(u"sha256"_s, 32).toHex());
        attachment.progressNoteId = file.optionalInteger(u"progressNoteId"_s, 1);
        attachment.workItemId = file.optionalInteger(u"workItemId"_s, 1);
        record.files.append({attachment, file.text(u"part"_s)});
        fields.take(file);
    }
}

Error notRecords(const QString &what)
{
    return Error(Error::Kind::Refused, RegistrationRecords::tr("its records.json is not as Dotpha writes it: %1").arg(what));
}

} // namespace

QByteArray RegistrationRecords::toJson() const
{
    QJsonArray unitArray;
    for (const Unit &unit : units)
        unitArray.append(QJsonObject{{u"id"_s, double(unit.id)}, {u"name"_s, unit.name}, {u"kind"_s, toCode(unit.kind)}});
    QJsonArray personArray;
    for (const Person &person : people) {
        personArray.append(QJsonObject{{u"id"_s, double(person.id)}, {u"fullName"_s, person.fullName},
                                       {u"position"_s, person.position}, {u"unitId"_s, orNull(person.unitId)}});
    }
    QJsonArray taskArray;
    for (const TaskRecord &record : tasks) {
        QJsonObject task = taskJson(record.task, record.fieldName);
        task.insert(u"workItems"_s, workItemsJson(record.workItems));
        task.insert(u"indicators"_s, indicatorsJson(record.indicators));
        task.insert(u"progressNotes"_s, progressNotesJson(record.progressNotes));
        task.insert(u"files"_s, filesJson(record.files));
        taskArray.append(task);
    }
    const QJsonObject root{{u"year"_s, year}, {u"units"_s, unitArray}, {u"people"_s, personArray}, {u"tasks"_s, taskArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString RegistrationRecords::inconsistency(int packageYear) const
{
    if (year != packageYear)
        return tr("its records are of %1 and its manifest of %2").arg(year).arg(packageYear);
    QSet<qint64> personIds;
    for (const Person &person : people) {
        if (personIds.contains(person.id))
            return tr("it sends the leader #%1 twice").arg(person.id);
        personIds.insert(person.id);
    }
    QSet<qint64> taskIds;
    for (const TaskRecord &record : tasks) {
        const Task &task = record.task;
        if (taskIds.contains(task.id))
            return tr("it sends the task #%1 twice").arg(task.id);
        taskIds.insert(task.id);
        if (task.year != year)
            return tr("its task #%1 is of %2, not of %3").arg(task.id).arg(task.year).arg(year);
        if (task.personId && !personIds.contains(*task.personId))
            return tr("its task #%1 names the leader #%2, whom it does not send").arg(task.id).arg(*task.personId);
    }
    return {};
}

Result<RegistrationRecords> RegistrationRecords::fromJson(const QByteArray &json)
{
    QJsonParseError parsing;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parsing);
    if (parsing.error != QJsonParseError::NoError || !document.isObject())
        return notRecords(tr("it is not JSON (%1 at byte %2)").arg(parsing.errorString()).arg(parsing.offset));
    JsonFieldReader root(document.object());
    RegistrationRecords records;
    records.year = int(root.integer(u"year"_s, 1900, 2200));
    const QJsonArray units = root.array(u"units"_s);
    for (qsizetype i = 0; i < units.size(); ++i) {
        JsonFieldReader unit = root.element(u"units"_s, i, units.at(i));
        Unit read;
        read.id = unit.integer(u"id"_s, 1);
        read.name = unit.text(u"name"_s);
        read.kind = unit.code(u"kind"_s, UnitKind::Other);
        records.units.append(read);
        root.take(unit);
    }
    const QJsonArray people = root.array(u"people"_s);
    for (qsizetype i = 0; i < people.size(); ++i) {
        JsonFieldReader person = root.element(u"people"_s, i, people.at(i));
        records.people.append({person.integer(u"id"_s, 1), person.text(u"fullName"_s),
                               person.optionalText(u"position"_s), person.optionalInteger(u"unitId"_s, 1)});
        root.take(person);
    }
    const QJsonArray tasks = root.array(u"tasks"_s);
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        JsonFieldReader fields = root.element(u"tasks"_s, i, tasks.at(i));
        TaskRecord record;
        record.task = taskOf(fields);
        record.fieldName = fields.optionalText(u"field"_s);
        readDetails(fields, record);
        records.tasks.append(record);
        root.take(fields);
    }
    if (!root.missing().isEmpty())
        return notRecords(tr("the field \"%1\" is missing or not as expected").arg(root.missing()));
    return records;
}

} // namespace dotpha
