#pragma once

#include <QJsonObject>

namespace dotpha {

struct Task;

// The reviewable fields of a task as JSON, for a decision's before and after. Keys are the
// database column names, enums their text codes, dates ISO 8601.
class TaskSnapshot
{
public:
    static QJsonObject toJson(const Task &task);
    // Names of the keys whose values differ between two snapshots, in key order.
    static QStringList changedKeys(const QJsonObject &before, const QJsonObject &after);
};

} // namespace dotpha
