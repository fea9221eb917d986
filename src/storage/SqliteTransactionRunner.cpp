#include "SqliteTransactionRunner.h"

#include "TransactionGuard.h"

namespace dotpha {

Status SqliteTransactionRunner::inTransaction(const std::function<Status()> &work)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    if (const Status done = work(); !done)
        return done;   // the guard rolls back
    return transaction.commit();
}

} // namespace dotpha
