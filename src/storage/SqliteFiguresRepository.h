#pragma once

#include "FiguresRepository.h"
#include "SqlTable.h"

namespace dotpha {

class SqliteFiguresRepository final : public FiguresRepository
{
public:
    explicit SqliteFiguresRepository(Database &database);

    Result<YearFigures> figuresOf(int year) override;
    Result<QList<int>> years() override;

private:
    Status countTotals(int year, YearFigures &figures);
    Status countUnitGroups(int year, YearFigures &figures);
    Status countBreakdowns(int year, YearFigures &figures);

    SqlTable m_table;
};

} // namespace dotpha
