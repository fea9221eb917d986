#pragma once

#include "SqlTable.h"
#include "WorkItemRepository.h"

#include <QCoreApplication>

namespace dotpha {

class SqlWorkItemRepository final : public WorkItemRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqlWorkItemRepository)

public:
    explicit SqlWorkItemRepository(SqlConnection &database);

    Result<qint64> add(const WorkItem &item) override;
    Result<int> update(const WorkItem &item) override;
    Status remove(qint64 id, int version) override;
    Result<QList<WorkItem>> ofTask(qint64 taskId) override;

private:
    SqlTable m_table;
};

} // namespace dotpha
