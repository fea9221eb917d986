#pragma once

#include "ClosedYearRepository.h"
#include "SqlTable.h"

#include <QCoreApplication>

namespace dotpha {

class SqlClosedYearRepository final : public ClosedYearRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqlClosedYearRepository)

public:
    explicit SqlClosedYearRepository(SqlConnection &database);

    Status close(int year, const QString &closedBy, const ScoreThresholds &thresholds) override;
    Result<bool> isClosed(int year) override;
    Result<std::optional<ScoreThresholds>> thresholdsOf(int year) override;
    Result<QList<int>> all() override;

private:
    SqlTable m_table;
};

} // namespace dotpha
