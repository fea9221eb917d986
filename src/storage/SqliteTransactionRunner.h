#pragma once

#include "TransactionRunner.h"

namespace dotpha {

class Database;

class SqliteTransactionRunner final : public TransactionRunner
{
public:
    explicit SqliteTransactionRunner(Database &database) : m_database(database) {}
    Status inTransaction(const std::function<Status()> &work) override;
    void afterCommit(std::function<void()> notify) override;

private:
    Database &m_database;
};

} // namespace dotpha
