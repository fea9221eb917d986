#include "DecisionRecords.h"

#include "EnumCodes.h"
#include "JsonFieldReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

QJsonObject taskAfter(const Task &task)
{
    return {{u"year"_s, task.year},
            {u"title"_s, task.title},
            {u"content"_s, task.content},
            {u"objective"_s, task.objective},
            {u"expectedResult"_s, task.expectedResult},
            {u"solutions"_s, task.solutions},
            {u"deadline"_s, task.deadline.isValid() ? QJsonValue(task.deadline.toString(Qt::ISODate)) : QJsonValue()},
            {u"endYear"_s, task.endYear ? QJsonValue(*task.endYear) : QJsonValue()},
            {u"nature"_s, toCode(task.nature)},
            {u"status"_s, toCode(task.status)},
            {u"rating"_s, task.rating ? QJsonValue(toCode(*task.rating)) : QJsonValue()},
            {u"score"_s, task.score ? QJsonValue(*task.score) : QJsonValue()},
            {u"assessment"_s, task.assessment}};
}

Task readAfter(JsonFieldReader &fields)
{
    Task task;
    task.year = int(fields.integer(u"year"_s, 1900, 2200));
    task.title = fields.text(u"title"_s);
    task.content = fields.optionalText(u"content"_s);
    task.objective = fields.optionalText(u"objective"_s);
    task.expectedResult = fields.optionalText(u"expectedResult"_s);
    task.solutions = fields.optionalText(u"solutions"_s);
    task.deadline = fields.optionalDate(u"deadline"_s);
    if (const auto endYear = fields.optionalInteger(u"endYear"_s, 1900, 2200))
        task.endYear = int(*endYear);
    task.nature = fields.code(u"nature"_s, TaskNature::Breakthrough);
    task.status = fields.code(u"status"_s, TaskStatus::Submitted);
    if (!fields.optionalText(u"rating"_s).isEmpty())
        task.rating = fields.code(u"rating"_s, Rating::Completed);
    if (const auto score = fields.optionalInteger(u"score"_s, 0, 100))
        task.score = int(*score);
    task.assessment = fields.optionalText(u"assessment"_s);
    return task;
}

} // namespace

QByteArray DecisionRecords::toJson() const
{
    QJsonArray array;
    for (const Record &decision : decisions) {
        array.append(QJsonObject{{u"id"_s, double(decision.id)},
                                 {u"taskId"_s, double(decision.taskId)},
                                 {u"kind"_s, toCode(decision.kind)},
                                 {u"decidedOn"_s, decision.decidedOn.toString(Qt::ISODate)},
                                 {u"number"_s, decision.number},
                                 {u"reviewerName"_s, decision.reviewerName},
                                 {u"reason"_s, decision.reason},
                                 {u"after"_s, taskAfter(decision.after)}});
    }
    return QJsonDocument(QJsonObject{{u"year"_s, year}, {u"decisions"_s, array}}).toJson(QJsonDocument::Indented);
}

Result<DecisionRecords> DecisionRecords::fromJson(const QByteArray &json)
{
    QJsonParseError parsing;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parsing);
    if (parsing.error != QJsonParseError::NoError || !document.isObject())
        return Error(Error::Kind::Refused, tr("its records.json is not JSON (%1 at byte %2)")
                                               .arg(parsing.errorString())
                                               .arg(parsing.offset));
    JsonFieldReader root(document.object());
    DecisionRecords records;
    records.year = int(root.integer(u"year"_s, 1900, 2200));
    const QJsonArray decisions = root.array(u"decisions"_s);
    QSet<qint64> ids;
    for (qsizetype i = 0; i < decisions.size(); ++i) {
        JsonFieldReader fields = root.element(u"decisions"_s, i, decisions.at(i));
        Record record;
        record.id = fields.integer(u"id"_s, 1);
        record.taskId = fields.integer(u"taskId"_s, 1);
        record.kind = fields.code(u"kind"_s, DecisionKind::Approve);
        record.decidedOn = fields.date(u"decidedOn"_s);
        record.number = fields.optionalText(u"number"_s);
        record.reviewerName = fields.optionalText(u"reviewerName"_s);
        record.reason = fields.optionalText(u"reason"_s);
        JsonFieldReader after(fields.object(u"after"_s), u"decisions[%1].after."_s.arg(i));
        record.after = readAfter(after);
        fields.take(after);
        if (ids.contains(record.id))
            return Error(Error::Kind::Refused, tr("its records.json sends the decision #%1 twice").arg(record.id));
        ids.insert(record.id);
        records.decisions.append(record);
        root.take(fields);
    }
    if (!root.missing().isEmpty())
        return Error(Error::Kind::Refused,
                     tr("its records.json is not as Dotpha writes it: the field \"%1\" is missing or not as expected")
                         .arg(root.missing()));
    return records;
}

} // namespace dotpha
