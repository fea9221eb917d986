#pragma once

#include "DecisionRepository.h"
#include "SqlTable.h"

#include <QCoreApplication>

namespace dotpha {

class SqliteDecisionRepository final : public DecisionRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqliteDecisionRepository)

public:
    explicit SqliteDecisionRepository(Database &database);

    Result<qint64> add(const Decision &decision) override;
    Result<QList<Decision>> ofTask(qint64 taskId) override;

private:
    SqlTable m_table;
};

} // namespace dotpha
