#pragma once

#include "TransactionRunner.h"

namespace dotpha {

class SqlConnection;

class SqliteTransactionRunner final : public TransactionRunner
{
public:
    explicit SqliteTransactionRunner(SqlConnection &database) : m_database(database) {}
    Status inTransaction(const std::function<Status()> &work) override;
    void afterCommit(std::function<void()> notify) override;

private:
    SqlConnection &m_database;
};

} // namespace dotpha
