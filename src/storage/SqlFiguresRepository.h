#pragma once

#include "FiguresRepository.h"
#include "SqlTable.h"

namespace dotpha {

// Counts a year's figures in one pass over the year's rows, reading only the columns the figures
// need: one indexed scan is several times faster than a GROUP BY for each breakdown.
class SqlFiguresRepository final : public FiguresRepository
{
public:
    explicit SqlFiguresRepository(SqlConnection &database);

    Result<YearFigures> figuresOf(int year) override;
    Result<QList<int>> years() override;

private:
    Result<QHash<qint64, QString>> fieldNames();

    SqlTable m_table;
};

} // namespace dotpha
