#include "TaskSnapshot.h"

#include "Task.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace dotpha {

QJsonObject TaskSnapshot::toJson(const Task &task)
{
    QJsonObject json;
    json[u"year"_s] = task.year;
    json[u"end_year"_s] = task.endYear ? QJsonValue(*task.endYear) : QJsonValue();
    json[u"kind"_s] = toCode(task.kind);
    json[u"title"_s] = task.title;
    json[u"content"_s] = task.content;
    json[u"objective"_s] = task.objective;
    json[u"expected_result"_s] = task.expectedResult;
    json[u"solutions"_s] = task.solutions;
    json[u"deadline"_s] = task.deadline.isValid() ? task.deadline.toString(Qt::ISODate) : QString();
    json[u"nature"_s] = toCode(task.nature);
    json[u"field_id"_s] = task.fieldId ? QJsonValue(*task.fieldId) : QJsonValue();
    json[u"origin"_s] = toCode(task.origin);
    json[u"status"_s] = toCode(task.status);
    json[u"progress_percent"_s] = task.progressPercent;
    json[u"rating"_s] = task.rating ? toCode(*task.rating) : QString();
    json[u"assessment"_s] = task.assessment;
    if (task.score)   // only when set: decisions recorded before there were scores have no such key
        json[u"score"_s] = *task.score;
    return json;
}

QStringList TaskSnapshot::changedKeys(const QJsonObject &before, const QJsonObject &after)
{
    QStringList keys = before.keys();
    for (const QString &key : after.keys()) {
        if (!before.contains(key))
            keys.append(key);
    }
    keys.sort();
    QStringList changed;
    for (const QString &key : std::as_const(keys)) {
        if (before.value(key) != after.value(key))
            changed.append(key);
    }
    return changed;
}

} // namespace dotpha
