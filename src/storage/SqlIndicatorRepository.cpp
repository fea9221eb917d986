#include "SqlIndicatorRepository.h"

#include "SqlValue.h"
#include "Validator.h"

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

Indicator readIndicator(const QSqlQuery &query)
{
    Indicator indicator;
    indicator.id = query.value(0).toLongLong();
    indicator.taskId = query.value(1).toLongLong();
    indicator.name = query.value(2).toString();
    indicator.unitOfMeasure = query.value(3).toString();
    indicator.baseline = SqlValue::optionalDouble(query.value(4));
    indicator.target = SqlValue::optionalDouble(query.value(5));
    indicator.version = query.value(6).toInt();
    return indicator;
}

IndicatorValue readValue(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), SqlValue::date(query.value(2)),
            query.value(3).toDouble(), query.value(4).toString()};
}

QVariantList writableValues(const Indicator &indicator)
{
    return {indicator.taskId, indicator.name.trimmed(), indicator.unitOfMeasure.trimmed(),
            SqlValue::of(indicator.baseline), SqlValue::of(indicator.target)};
}

} // namespace

SqlIndicatorRepository::SqlIndicatorRepository(SqlConnection &database)
    : m_indicators(database, u"indicator"_s, tr("indicator"))
    , m_values(database, u"indicator_value"_s, tr("indicator value"))
{
}

Result<qint64> SqlIndicatorRepository::add(const Indicator &indicator)
{
    if (const Status valid = Validator::check(indicator); !valid)
        return valid.error();
    return m_indicators.insert(u"INSERT INTO indicator (task_id, name, unit_of_measure, baseline, target) "
                               "VALUES (?, ?, ?, ?, ?)"_s, writableValues(indicator));
}

Result<int> SqlIndicatorRepository::update(const Indicator &indicator)
{
    if (const Status valid = Validator::check(indicator); !valid)
        return valid.error();
    return m_indicators.update(u"UPDATE indicator SET task_id = ?, name = ?, unit_of_measure = ?, baseline = ?, "
                               "target = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
                               writableValues(indicator), indicator.id, indicator.version);
}

Status SqlIndicatorRepository::remove(qint64 id, int version)
{
    return m_indicators.remove(id, version);
}

Result<QList<Indicator>> SqlIndicatorRepository::ofTask(qint64 taskId)
{
    return m_indicators.select<Indicator>(u"SELECT id, task_id, name, unit_of_measure, baseline, target, version "
                                          "FROM indicator WHERE task_id = ? ORDER BY id"_s,
                                          {taskId}, readIndicator);
}

Result<qint64> SqlIndicatorRepository::addValue(const IndicatorValue &value)
{
    if (!value.measuredOn.isValid())
        return Error::validation(tr("The indicator value has no date."));
    return m_values.insert(u"INSERT INTO indicator_value (indicator_id, measured_on, value, note) "
                           "VALUES (?, ?, ?, ?)"_s,
                           {value.indicatorId, SqlValue::of(value.measuredOn), value.value, value.note});
}

Status SqlIndicatorRepository::removeValue(qint64 valueId)
{
    const Result<int> rows = m_values.deleteRow(valueId, std::nullopt);
    if (!rows)
        return rows.error();
    if (*rows == 0)
        return m_values.notFound();
    return {};
}

Result<IndicatorValue> SqlIndicatorRepository::findValue(qint64 valueId)
{
    return m_values.selectOne<IndicatorValue>(u"SELECT id, indicator_id, measured_on, value, note FROM indicator_value "
                                              "WHERE id = ?"_s, {valueId}, readValue);
}

Result<QList<IndicatorValue>> SqlIndicatorRepository::valuesOf(qint64 indicatorId)
{
    return m_values.select<IndicatorValue>(u"SELECT id, indicator_id, measured_on, value, note FROM indicator_value "
                                           "WHERE indicator_id = ? ORDER BY measured_on, id"_s,
                                           {indicatorId}, readValue);
}

} // namespace dotpha
