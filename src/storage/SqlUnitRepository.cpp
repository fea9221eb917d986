#include "SqlUnitRepository.h"

#include "FoldedSearch.h"
#include "SqlValue.h"
#include "TextFolding.h"
#include "Validator.h"
#include "VietnameseCollator.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

const QString Columns = u"id, name, kind, parent_id, active_from_year, active_to_year, successor_id, version"_s;

Unit readUnit(const QSqlQuery &query)
{
    Unit unit;
    unit.id = query.value(0).toLongLong();
    unit.name = query.value(1).toString();
    unit.kind = fromCode<UnitKind>(query.value(2).toString()).value_or(UnitKind::Other);
    unit.parentId = SqlValue::optionalId(query.value(3));
    unit.activeFromYear = SqlValue::optionalInt(query.value(4));
    unit.activeToYear = SqlValue::optionalInt(query.value(5));
    unit.successorId = SqlValue::optionalId(query.value(6));
    unit.version = query.value(7).toInt();
    return unit;
}

QVariantList writableValues(const Unit &unit)
{
    return {unit.name.trimmed(), TextFolding::fold(unit.name), toCode(unit.kind), SqlValue::of(unit.parentId),
            SqlValue::of(unit.activeFromYear), SqlValue::of(unit.activeToYear), SqlValue::of(unit.successorId)};
}

} // namespace

SqlUnitRepository::SqlUnitRepository(SqlConnection &database)
    : m_table(database, u"unit"_s, tr("unit"))
{
}

Result<qint64> SqlUnitRepository::add(const Unit &unit)
{
    if (const Status valid = Validator::check(unit); !valid)
        return valid.error();
    return m_table.insert(u"INSERT INTO unit (name, name_folded, kind, parent_id, active_from_year, "
                          "active_to_year, successor_id) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                          writableValues(unit));
}

Result<QList<qint64>> SqlUnitRepository::addMany(const QList<Unit> &units)
{
    QList<QVariantList> rows;
    rows.reserve(units.size());
    for (const Unit &each : units) {
        if (const Status valid = Validator::check(each); !valid)
            return valid.error();
        rows << writableValues(each);
    }
    return m_table.insertMany({u"name"_s, u"name_folded"_s, u"kind"_s, u"parent_id"_s, u"active_from_year"_s, u"active_to_year"_s, u"successor_id"_s}, rows);
}

Result<int> SqlUnitRepository::update(const Unit &unit)
{
    if (const Status valid = Validator::check(unit); !valid)
        return valid.error();
    return m_table.update(u"UPDATE unit SET name = ?, name_folded = ?, kind = ?, parent_id = ?, "
                          "active_from_year = ?, active_to_year = ?, successor_id = ?, "
                          "version = version + 1 WHERE id = ? AND version = ?"_s,
                          writableValues(unit), unit.id, unit.version);
}

Status SqlUnitRepository::remove(qint64 id, int version)
{
    return m_table.remove(id, version);
}

Result<int> SqlUnitRepository::restore(const Unit &unit)
{
    if (const Status valid = Validator::check(unit); !valid)
        return valid.error();
    const Result<qint64> id = m_table.insert(u"INSERT INTO unit (id, name, name_folded, kind, parent_id, active_from_year, "
                                             "active_to_year, successor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                             QVariantList{unit.id} + writableValues(unit));
    return id ? Result<int>(1) : Result<int>(id.error());
}

Result<ReferenceUsage> SqlUnitRepository::usage(qint64 id)
{
    Result<ReferenceUsage> usage = m_table.usage(id, u"unit_id"_s);
    const Result<QList<int>> people = m_table.integers(u"SELECT count(*) FROM person WHERE unit_id = ?"_s, {id});
    const Result<QList<int>> units =
        m_table.integers(u"SELECT count(*) FROM unit WHERE parent_id = ? OR successor_id = ?"_s, {id, id});
    if (!usage || !people || !units)
        return (!usage ? usage.error() : !people ? people.error() : units.error());
    usage->people = people->value(0);
    usage->units = units->value(0);
    return usage;
}

Result<Unit> SqlUnitRepository::find(qint64 id)
{
    return m_table.selectOne<Unit>(u"SELECT "_s + Columns + u" FROM unit WHERE id = ?"_s, {id}, readUnit);
}

Result<QList<Unit>> SqlUnitRepository::all()
{
    return selectSorted(u"TRUE"_s, {});
}

Result<QList<Unit>> SqlUnitRepository::search(const QString &text)
{
    QVariantList values;
    const QString where = FoldedSearch::condition(u"name_folded"_s, text, values);
    return selectSorted(where, values);
}

Result<QList<Unit>> SqlUnitRepository::selectSorted(const QString &where, const QVariantList &values)
{
    Result<QList<Unit>> units =
        m_table.select<Unit>(u"SELECT "_s + Columns + u" FROM unit WHERE "_s + where, values, readUnit);
    if (units) {
        const VietnameseCollator collator;
        std::stable_sort(units.value().begin(), units.value().end(),
                         [&](const Unit &a, const Unit &b) { return collator(a.name, b.name); });
    }
    return units;
}

} // namespace dotpha
