#pragma once

#include "AuditDiscrepancy.h"
#include "AuditSchema.h"
#include "Result.h"

#include <QList>

namespace dotpha {

class AuditStorage;

// Proves the data rows against the audit trail. Replaying a record's history (its snapshot when
// inserted, or its baseline, then each recorded change) gives the values Dotpha last wrote; every
// record is compared with that, column by column. A record changed, added, removed
// or restored by another program shows as an AuditDiscrepancy. An account's password hash is
// also checked against its fingerprint, since the trail never copies the hash itself.
class AuditReplay
{
public:
    static Result<QList<AuditDiscrepancy>> all(AuditStorage &storage);
    // Only the record of table with key id (an account at sign-in).
    static Result<QList<AuditDiscrepancy>> record(AuditStorage &storage, const QString &table, qint64 id);

private:
    static Result<QList<AuditDiscrepancy>> replay(AuditStorage &storage, const AuditSchema::Table &table,
                                                  std::optional<qint64> only);
};

} // namespace dotpha
