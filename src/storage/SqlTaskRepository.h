#pragma once

#include "SqlTable.h"
#include "TaskRepository.h"

#include <QCoreApplication>

namespace dotpha {

class SqlTaskRepository final : public TaskRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqlTaskRepository)

public:
    explicit SqlTaskRepository(SqlConnection &database);

    Result<qint64> add(const Task &task) override;
    Result<QList<qint64>> addMany(const QList<Task> &tasks) override;
    Result<int> update(const Task &task) override;
    Status remove(qint64 id, int version) override;
    Result<int> restore(qint64 id, int version) override;
    Result<Task> find(qint64 id) override;
    Result<Task> findInRecycleBin(qint64 id) override;
    Result<QList<Task>> list(const TaskQuery &query) override;
    Result<int> count(const TaskQuery &query) override;
    Result<QList<TaskTally>> tally(int year, const QDate &today) override;
    Result<QList<std::pair<QString, QString>>> registrationKeys(int year) override;

private:
    SqlTable m_table;
};

} // namespace dotpha
