#pragma once

#include "DecisionRepository.h"
#include "SqlTable.h"

#include <QCoreApplication>

namespace dotpha {

class SqlDecisionRepository final : public DecisionRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqlDecisionRepository)

public:
    explicit SqlDecisionRepository(SqlConnection &database);

    Result<qint64> add(const Decision &decision) override;
    Result<QList<Decision>> ofTask(qint64 taskId) override;
    Result<QList<Decision>> ofYearWithoutSnapshots(int year) override;
    Result<QHash<qint64, int>> countsByTask(int year, DecisionKind kind) override;

private:
    SqlTable m_table;
};

} // namespace dotpha
