#pragma once

#include "TransactionRunner.h"

namespace dotpha {

class SqlConnection;

class SqlTransactionRunner final : public TransactionRunner
{
public:
    explicit SqlTransactionRunner(SqlConnection &database) : m_database(database) {}
    Status inTransaction(const std::function<Status()> &work) override;
    bool isInTransaction() const override;
    void setCommitListener(std::function<void()> listener) override;

private:
    SqlConnection &m_database;
};

} // namespace dotpha
