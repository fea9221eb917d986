#include "RegistrationComparison.h"

#include "ColumnNames.h"
#include "TaskSnapshot.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

// The registration's own fields; status, progress and rating belong to its review and execution.
const QStringList ComparedKeys = {u"title"_s,     u"content"_s,  u"objective"_s, u"expected_result"_s,
                                  u"solutions"_s, u"deadline"_s, u"year"_s,      u"end_year"_s,
                                  u"nature"_s,    u"kind"_s};

QString text(const QString &key, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isDouble())
        return QString::number(value.toInteger());
    return ColumnNames::value(key, value.toString());
}

} // namespace

std::optional<QJsonObject> RegistrationComparison::registered(const QList<Decision> &decisions)
{
    // A decision recorded without the task's fields (as the sample's are) says nothing of them.
    for (const Decision &decision : decisions) {
        if (decision.kind == DecisionKind::Approve && !decision.before.isEmpty())
            return decision.before;
        if ((decision.kind == DecisionKind::Supplement || decision.kind == DecisionKind::Assign)
            && !decision.after.isEmpty())
            return decision.after;
    }
    // Registered as approved outright (imported, or a sample): the first adjustment kept it as it was.
    for (const Decision &decision : decisions) {
        if (decision.kind == DecisionKind::Adjust)
            return decision.before;
    }
    return std::nullopt;
}

QList<RegistrationComparison::Row> RegistrationComparison::rows(const QList<Decision> &decisions, const Task &current)
{
    const std::optional<QJsonObject> before = registered(decisions);
    if (!before)
        return {};
    const QJsonObject now = TaskSnapshot::toJson(current);
    QList<Row> rows;
    for (const QString &key : ComparedKeys) {
        if (!before->contains(key))
            continue;
        Row row{ColumnNames::label(key), text(key, before->value(key)), text(key, now.value(key)), false};
        row.differs = row.registered != row.current;
        rows.append(row);
    }
    return rows;
}

} // namespace dotpha
