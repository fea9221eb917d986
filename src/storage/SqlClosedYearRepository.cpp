#include "SqlClosedYearRepository.h"

using namespace Qt::StringLiterals;

namespace dotpha {

SqlClosedYearRepository::SqlClosedYearRepository(SqlConnection &database)
    : m_table(database, u"closed_year"_s, tr("closed year"))
{
}

Status SqlClosedYearRepository::close(int year, const QString &closedBy)
{
    const Result<int> rows = m_table.execute(u"INSERT INTO closed_year (year, closed_at, closed_by) VALUES (?, "_s
                                                 + m_table.database().now() + u", ?)"_s,
                                             {year, closedBy});
    return rows ? Status() : Status(rows.error());
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
