#include "SqlTransactionRunner.h"

#include "SqlConnection.h"
#include "TransactionGuard.h"

namespace dotpha {

Status SqlTransactionRunner::inTransaction(const std::function<Status()> &work)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    if (const Status done = work(); !done)
        return done;   // the guard rolls back
    return transaction.commit();
}

bool SqlTransactionRunner::isInTransaction() const
{
    return m_database.transactionState().depth > 0;
}

void SqlTransactionRunner::setCommitListener(std::function<void()> listener)
{
    m_database.transactionState().committed = std::move(listener);
}

} // namespace dotpha
