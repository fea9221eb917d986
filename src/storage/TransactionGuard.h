#pragma once

#include "Result.h"

namespace dotpha {

class Database;

// A write transaction that begins with BEGIN IMMEDIATE, so that it takes the write lock at once
// and waits (busy timeout) for another writer instead of failing halfway with SQLITE_BUSY.
// Rolls back on destruction unless committed. A guard opened while another is active on the same
// connection joins it: only the outermost one begins and commits.
class TransactionGuard
{
public:
    explicit TransactionGuard(Database &database);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    // Whether the transaction began; when not, began() holds why and nothing may be written.
    const Status &began() const { return m_began; }
    Status commit();

private:
    Status commitOutermost();

    Database &m_database;
    Status m_began;
    bool m_outermost = false;
    bool m_finished = false;
};

} // namespace dotpha
