#include "SqliteFiguresRepository.h"

#include "TaskKind.h"

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

// The tasks a year's figures count: see YearFigures.
const QString Counted = u"year = ? AND status <> 'rejected'"_s;

template <typename Enum>
void addByCode(QMap<Enum, int> &counts, const QSqlQuery &row)
{
    if (const auto value = fromCode<Enum>(row.value(0).toString()))
        counts[*value] += row.value(1).toInt();
}

} // namespace

SqliteFiguresRepository::SqliteFiguresRepository(Database &database)
    : m_table(database, u"task"_s, QString())
{
}

Result<YearFigures> SqliteFiguresRepository::figuresOf(int year)
{
    YearFigures figures;
    figures.year = year;
    for (const auto &step : {&SqliteFiguresRepository::countTotals, &SqliteFiguresRepository::countUnitGroups,
                             &SqliteFiguresRepository::countBreakdowns}) {
        if (const Status done = (this->*step)(year, figures); !done)
            return done.error();
    }
    return figures;
}

Status SqliteFiguresRepository::countTotals(int year, YearFigures &figures)
{
    const Status kinds = m_table.run(
        u"SELECT kind, count(*) FROM task WHERE "_s + Counted + u" GROUP BY kind"_s, {year},
        [&](const QSqlQuery &row) {
            const int count = row.value(1).toInt();
            (row.value(0).toString() == toCode(TaskKind::Individual) ? figures.individual : figures.collective) = count;
        });
    if (!kinds)
        return kinds;
    figures.total = figures.collective + figures.individual;
    const Status rejected = m_table.run(u"SELECT count(*) FROM task WHERE year = ? AND status = 'rejected'"_s,
                                        {year}, [&](const QSqlQuery &row) { figures.rejected = row.value(0).toInt(); });
    if (!rejected)
        return rejected;
    return m_table.run(u"SELECT count(DISTINCT person_id) FROM task WHERE "_s + Counted + u" AND kind = 'individual'"_s,
                       {year}, [&](const QSqlQuery &row) { figures.peopleWithTasks = row.value(0).toInt(); });
}

// Units are counted under the kind they had when they registered, and apart for assigned and
// registered tasks, because the summary sentence speaks of them apart ("assigned to 15 agencies;
// 28 communes and townships registered 33 tasks").
Status SqliteFiguresRepository::countUnitGroups(int year, YearFigures &figures)
{
    const Status all = m_table.run(
        u"SELECT unit_kind_at_registration, count(DISTINCT unit_id), count(*) FROM task WHERE "_s + Counted
            + u" AND kind = 'collective' GROUP BY unit_kind_at_registration"_s,
        {year}, [&](const QSqlQuery &row) {
            if (const auto kind = fromCode<UnitKind>(row.value(0).toString())) {
                figures.unitsWithTasks[*kind] = row.value(1).toInt();
                figures.collectiveTasksByUnitKind[*kind] = row.value(2).toInt();
            }
        });
    if (!all)
        return all;
    return m_table.run(
        u"SELECT origin = 'assigned', unit_kind_at_registration, count(DISTINCT unit_id), count(*) FROM task WHERE "_s
            + Counted + u" AND kind = 'collective' GROUP BY 1, 2"_s,
        {year}, [&](const QSqlQuery &row) {
            YearFigures::UnitGroup &group = row.value(0).toBool() ? figures.assigned : figures.registered;
            if (const auto kind = fromCode<UnitKind>(row.value(1).toString()))
                group.unitsByKind[*kind] = row.value(2).toInt();
            group.tasks += row.value(3).toInt();
        });
}

Status SqliteFiguresRepository::countBreakdowns(int year, YearFigures &figures)
{
    const auto groupBy = [&](const QString &column, const std::function<void(const QSqlQuery &)> &add) {
        return m_table.run(u"SELECT "_s + column + u", count(*) FROM task WHERE "_s + Counted + u" GROUP BY 1"_s,
                           {year}, add);
    };
    Status done = groupBy(u"status"_s, [&](const QSqlQuery &row) { addByCode(figures.byStatus, row); });
    if (done)
        done = groupBy(u"nature"_s, [&](const QSqlQuery &row) { addByCode(figures.byNature, row); });
    if (done)
        done = groupBy(u"rating"_s, [&](const QSqlQuery &row) {
            if (row.value(0).isNull())
                figures.unrated += row.value(1).toInt();
            else
                addByCode(figures.byRating, row);
        });
    if (done)
        done = groupBy(u"(SELECT name FROM field WHERE field.id = task.field_id)"_s, [&](const QSqlQuery &row) {
            figures.byField[row.value(0).toString()] += row.value(1).toInt();
        });
    return done;
}

Result<QList<int>> SqliteFiguresRepository::years()
{
    QList<int> years;
    const Status done = m_table.run(u"SELECT DISTINCT year FROM task ORDER BY year"_s, {},
                                    [&](const QSqlQuery &row) { years.append(row.value(0).toInt()); });
    if (!done)
        return done.error();
    return years;
}

} // namespace dotpha
