#include "SqlDecisionRepository.h"

#include "SqlValue.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

Decision readDecision(const QSqlQuery &query)
{
    Decision decision;
    decision.id = query.value(0).toLongLong();
    decision.taskId = query.value(1).toLongLong();
    decision.kind = fromCode<DecisionKind>(query.value(2).toString()).value_or(DecisionKind::Approve);
    decision.decidedOn = SqlValue::date(query.value(3));
    decision.number = query.value(4).toString();
    decision.reviewerId = SqlValue::optionalId(query.value(5));
    decision.reviewerName = query.value(6).toString();
    decision.reason = query.value(7).toString();
    decision.before = jsonObject(query.value(8));
    decision.after = jsonObject(query.value(9));
    decision.recordedAt = SqlValue::dateTime(query.value(10));
    decision.lateAmendment = query.value(11).toBool();
    return decision;
}

} // namespace

SqlDecisionRepository::SqlDecisionRepository(SqlConnection &database)
    : m_table(database, u"decision"_s, tr("decision"))
{
}

Result<qint64> SqlDecisionRepository::add(const Decision &decision)
{
    if (!decision.decidedOn.isValid())
        return Error::validation(tr("The decision has no date."));
    return m_table.insert(u"INSERT INTO decision (task_id, kind, decided_on, number, reviewer_id, reviewer_name, "
                          "reason, before_json, after_json, late_amendment, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "_s
                              + m_table.database().now() + u")"_s,
                          {decision.taskId, toCode(decision.kind), SqlValue::of(decision.decidedOn),
                           decision.number.trimmed(), SqlValue::of(decision.reviewerId), decision.reviewerName,
                           decision.reason, jsonText(decision.before), jsonText(decision.after), decision.lateAmendment ? 1 : 0});
}

Result<QList<Decision>> SqlDecisionRepository::ofTask(qint64 taskId)
{
    return m_table.select<Decision>(u"SELECT id, task_id, kind, decided_on, number, reviewer_id, reviewer_name, "
                                    "reason, before_json, after_json, recorded_at, late_amendment FROM decision "
                                    "WHERE task_id = ? ORDER BY decided_on, id"_s,
                                    {taskId}, readDecision);
}

Result<QList<Decision>> SqlDecisionRepository::ofYearWithoutSnapshots(int year)
{
    return m_table.select<Decision>(u"SELECT decision.id, decision.task_id, decision.kind, decision.decided_on, "
                                    "decision.number, decision.reviewer_id, decision.reviewer_name, decision.reason, "
                                    "'{}', '{}', decision.recorded_at, decision.late_amendment FROM decision "
                                    "JOIN task ON task.id = decision.task_id WHERE task.year = ? "
                                    "ORDER BY decision.task_id, decision.decided_on, decision.id"_s,
                                    {year}, readDecision);
}

Result<QHash<qint64, int>> SqlDecisionRepository::countsByTask(int year, DecisionKind kind)
{
    QHash<qint64, int> counts;
    const Status done = m_table.run(
        u"SELECT decision.task_id, count(*) FROM decision JOIN task ON task.id = decision.task_id "
        "WHERE task.year = ? AND decision.kind = ? GROUP BY decision.task_id"_s,
        {year, toCode(kind)}, [&](const QSqlQuery &row) { counts.insert(row.value(0).toLongLong(), row.value(1).toInt()); });
    if (!done)
        return done.error();
    return counts;
}

} // namespace dotpha
