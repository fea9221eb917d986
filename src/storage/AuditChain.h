#pragma once

#include "AuditHead.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace dotpha {

class SqlConnection;

// Seals the audit trail by hash, one transaction at a time: just before a transaction commits
// (TransactionGuard), each row it wrote is hashed, and the seal (first and last record, the
// records' hashes, and SHA-256 of the previous seal followed by those hashes) is stored in
// audit_seal: one row per transaction, never an update of the records themselves. A record
// changed afterwards no longer matches its hash, a record removed or slipped in changes the
// count, and a record outside every seal was written by another program; verify() names each. Files of data format 2 sealed each record on its own
// (audit_log.hash); those records are still checked that way, and the first seal chains to them.
// The chain has no secret key: whoever can write the file can rewrite the trail and seal it
// again. What reveals that is a head printed or exported earlier (verifyHead()).
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)

public:
    // The id of the newest audit row, which a transaction notes when it begins.
    static Result<qint64> lastId(SqlConnection &database);
    // Seals the rows after afterId, when there are any.
    static Status seal(SqlConnection &database, qint64 afterId);
    // One sentence per broken seal or unsealed record, in the user's language; empty when whole.
    static Result<QStringList> verify(SqlConnection &database);
    // The newest seal; nullopt while nothing has been sealed.
    static Result<std::optional<AuditHead>> head(SqlConnection &database);
    // Whether the trail still holds the seal an earlier head named: empty when it does.
    static Result<QStringList> verifyHead(SqlConnection &database, const AuditHead::Expected &expected);
};

} // namespace dotpha
