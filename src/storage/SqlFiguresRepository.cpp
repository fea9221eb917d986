#include "SqlFiguresRepository.h"

#include "TaskKind.h"
#include "TaskOrigin.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

// Adds one task row at a time to a year's figures. Rejected tasks are counted apart and nowhere
// else (see YearFigures); units count under the kind they had when they registered.
class FiguresAccumulator
{
public:
    FiguresAccumulator(int year, const QHash<qint64, QString> &fieldNames) : m_fieldNames(fieldNames)
    {
        m_figures.year = year;
    }

    void add(const QSqlQuery &row);
    YearFigures finish();

private:
    struct Row
    {
        TaskKind kind;
        UnitKind unitKind;
        TaskOrigin origin;
        TaskStatus status;
        TaskNature nature;
        std::optional<Rating> rating;
        std::optional<qint64> fieldId;
        qint64 unitId;
        qint64 personId;
    };
    static Row read(const QSqlQuery &row);
    void addCollective(const Row &row);

    const QHash<qint64, QString> &m_fieldNames;
    YearFigures m_figures;
    QSet<qint64> m_people;
    QHash<UnitKind, QSet<qint64>> m_units, m_assignedUnits, m_registeredUnits;
};

FiguresAccumulator::Row FiguresAccumulator::read(const QSqlQuery &row)
{
    return {fromCode<TaskKind>(row.value(0).toString()).value_or(TaskKind::Collective),
            fromCode<UnitKind>(row.value(1).toString()).value_or(UnitKind::Other),
            fromCode<TaskOrigin>(row.value(2).toString()).value_or(TaskOrigin::Registered),
            fromCode<TaskStatus>(row.value(3).toString()).value_or(TaskStatus::Draft),
            fromCode<TaskNature>(row.value(4).toString()).value_or(TaskNature::Breakthrough),
            row.value(5).isNull() ? std::nullopt : fromCode<Rating>(row.value(5).toString()),
            row.value(6).isNull() ? std::nullopt : std::optional<qint64>(row.value(6).toLongLong()),
            row.value(7).toLongLong(),
            row.value(8).toLongLong()};
}

void FiguresAccumulator::add(const QSqlQuery &query)
{
    const Row row = read(query);
    if (row.status == TaskStatus::Rejected) {
        ++m_figures.rejected;
        return;
    }
    ++m_figures.total;
    if (row.kind == TaskKind::Individual) {
        ++m_figures.individual;
        m_people.insert(row.personId);
    } else {
        addCollective(row);
    }
    ++m_figures.byStatus[row.status];
    ++m_figures.byNature[row.nature];
    if (row.rating)
        ++m_figures.byRating[*row.rating];
    else
        ++m_figures.unrated;
    ++m_figures.byField[row.fieldId ? m_fieldNames.value(*row.fieldId) : QString()];
}

// Assigned and registered tasks are counted apart, because the summary sentence speaks of them
// apart ("assigned to 15 agencies; 28 communes and townships registered 33 tasks").
void FiguresAccumulator::addCollective(const Row &row)
{
    ++m_figures.collective;
    ++m_figures.collectiveTasksByUnitKind[row.unitKind];
    m_units[row.unitKind].insert(row.unitId);
    const bool assigned = row.origin == TaskOrigin::Assigned;
    (assigned ? m_assignedUnits : m_registeredUnits)[row.unitKind].insert(row.unitId);
    ++(assigned ? m_figures.assigned : m_figures.registered).tasks;
}

YearFigures FiguresAccumulator::finish()
{
    m_figures.peopleWithTasks = int(m_people.size());
    for (auto it = m_units.cbegin(); it != m_units.cend(); ++it)
        m_figures.unitsWithTasks[it.key()] = int(it.value().size());
    for (auto it = m_assignedUnits.cbegin(); it != m_assignedUnits.cend(); ++it)
        m_figures.assigned.unitsByKind[it.key()] = int(it.value().size());
    for (auto it = m_registeredUnits.cbegin(); it != m_registeredUnits.cend(); ++it)
        m_figures.registered.unitsByKind[it.key()] = int(it.value().size());
    return m_figures;
}

} // namespace

SqlFiguresRepository::SqlFiguresRepository(SqlConnection &database)
    : m_table(database, u"task"_s, QString())
{
}

Result<YearFigures> SqlFiguresRepository::figuresOf(int year)
{
    const Result<QHash<qint64, QString>> fields = fieldNames();
    if (!fields)
        return fields.error();
    FiguresAccumulator figures(year, *fields);
    const Status done = m_table.run(
        u"SELECT kind, unit_kind_at_registration, origin, status, nature, rating, field_id, unit_id, person_id "
        "FROM task WHERE year = ? AND deleted_at IS NULL"_s,
        {year}, [&](const QSqlQuery &row) { figures.add(row); });
    if (!done)
        return done.error();
    return figures.finish();
}

Result<QHash<qint64, QString>> SqlFiguresRepository::fieldNames()
{
    QHash<qint64, QString> names;
    const Status done = m_table.run(u"SELECT id, name FROM field"_s, {}, [&](const QSqlQuery &row) {
        names.insert(row.value(0).toLongLong(), row.value(1).toString());
    });
    if (!done)
        return done.error();
    return names;
}

Result<QList<int>> SqlFiguresRepository::years()
{
    QList<int> years;
    // Each year found from the one before it, an index seek each (task_tally on a file, task_search
    // on the server), instead of walking the index entry by entry as DISTINCT does.
    const Status done = m_table.run(
        u"WITH RECURSIVE found(year) AS (SELECT min(year) FROM task WHERE deleted_at IS NULL UNION ALL "
        "SELECT (SELECT min(year) FROM task WHERE year > found.year AND deleted_at IS NULL) FROM found "
        "WHERE found.year IS NOT NULL) SELECT year FROM found WHERE year IS NOT NULL ORDER BY year"_s,
        {}, [&](const QSqlQuery &row) { years.append(row.value(0).toInt()); });
    if (!done)
        return done.error();
    return years;
}

} // namespace dotpha
