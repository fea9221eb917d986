#include "SqlClosedYearRepository.h"

using namespace Qt::StringLiterals;

namespace dotpha {

SqlClosedYearRepository::SqlClosedYearRepository(SqlConnection &database)
    : m_table(database, u"closed_year"_s, tr("closed year"))
{
}

Status SqlClosedYearRepository::close(int year, const QString &closedBy, const ScoreThresholds &thresholds)
{
    const Result<int> rows = m_table.execute(u"INSERT INTO closed_year (year, closed_at, closed_by, score_excellent, "
                                             "score_good, score_completed) VALUES (?, "_s
                                                 + m_table.database().now() + u", ?, ?, ?, ?)"_s,
                                             {year, closedBy, thresholds.excellent, thresholds.good,
                                              thresholds.completed});
    return rows ? Status() : Status(rows.error());
}

Result<std::optional<ScoreThresholds>> SqlClosedYearRepository::thresholdsOf(int year)
{
    std::optional<ScoreThresholds> kept;
    const Status done = m_table.run(u"SELECT score_excellent, score_good, score_completed FROM closed_year "
                                    "WHERE year = ? AND score_excellent IS NOT NULL"_s,
                                    {year}, [&](const QSqlQuery &row) {
                                        kept = ScoreThresholds{row.value(0).toInt(), row.value(1).toInt(),
                                                               row.value(2).toInt()};
                                    });
    if (!done)
        return done.error();
    return kept;
}

Result<bool> SqlClosedYearRepository::isClosed(int year)
{
    bool closed = false;
    const Status done = m_table.run(u"SELECT 1 FROM closed_year WHERE year = ?"_s, {year},
                                    [&](const QSqlQuery &) { closed = true; });
    if (!done)
        return done.error();
    return closed;
}

Result<QList<int>> SqlClosedYearRepository::all()
{
    return m_table.select<int>(u"SELECT year FROM closed_year ORDER BY year"_s, {},
                               [](const QSqlQuery &query) { return query.value(0).toInt(); });
}

} // namespace dotpha
