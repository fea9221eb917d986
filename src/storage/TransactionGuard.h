#pragma once

#include "Result.h"

namespace dotpha {

class SqlConnection;

// A write transaction, begun as the connection begins one (a file's: BEGIN IMMEDIATE, the write
// lock at once) and, when the connection is audited, sealed in the audit trail before it commits.
// Rolls back on destruction unless committed. A guard opened while another is active on the same
// connection joins it: only the outermost one begins and commits.
class TransactionGuard
{
public:
    explicit TransactionGuard(SqlConnection &database);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    // Whether the transaction began; when not, began() holds why and nothing may be written.
    const Status &began() const { return m_began; }
    Status commit();

private:
    Status commitOutermost();

    SqlConnection &m_database;
    Status m_began;
    bool m_outermost = false;
    bool m_finished = false;
};

} // namespace dotpha
