#pragma once

#include "ClosedYearRepository.h"
#include "SqlTable.h"

#include <QCoreApplication>

namespace dotpha {

class SqliteClosedYearRepository final : public ClosedYearRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqliteClosedYearRepository)

public:
    explicit SqliteClosedYearRepository(SqlConnection &database);

    Status close(int year, const QString &closedBy) override;
    Result<bool> isClosed(int year) override;
    Result<QList<int>> all() override;

private:
    SqlTable m_table;
};

} // namespace dotpha
