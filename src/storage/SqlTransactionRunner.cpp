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

void SqlTransactionRunner::afterCommit(std::function<void()> notify)
{
    SqlConnection::TransactionState &state = m_database.transactionState();
    if (state.depth == 0)
        notify();
    else
        state.afterCommit.append(std::move(notify));
}

void SqlTransactionRunner::setCommitListener(std::function<void()> listener)
{
    m_database.transactionState().committed = std::move(listener);
}

} // namespace dotpha
