#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace dotpha {

class Database;

// Chains the audit rows by hash: each row's hash is SHA-256 of the previous row's hash and of the
// row's own fields. A transaction seals the rows it wrote just before it commits (TransactionGuard),
// so every committed row carries its hash. A row changed, removed or slipped in afterwards breaks
// the chain at that row, and verify() reports it.
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)

public:
    // The id of the newest audit row, which a transaction notes when it begins.
    static Result<qint64> lastId(Database &database);
    // Computes the hashes of the rows after afterId, in id order.
    static Status seal(Database &database, qint64 afterId);
    // One sentence per broken link, in the user's language; empty when the chain is whole.
    static Result<QStringList> verify(Database &database);
};

} // namespace dotpha
