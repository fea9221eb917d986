#pragma once

#include "AuditSchema.h"
#include "Result.h"

#include <QString>

#include <optional>

namespace dotpha {

class Database;

// Writes the audit trail from inside SQLite: on every writable connection, temporary triggers on
// each table record an inserted or deleted row (one audit row naming it) and each changed column
// of an updated row (old and new value), in the statement's own transaction, so a change and its
// record commit or roll back together whoever made the change (a service, an undo step, an import).
// An inserted or deleted row is recorded with a snapshot of its audited columns.
// The triggers read who is acting from a temporary one-row table, audit_context, which the
// application sets when someone signs in. Being temporary, they exist only in Dotpha's
// connections; a row changed with another program is therefore not recorded, and the hash chain
// (AuditChain) is what reveals tampering with the record itself.
class AuditTriggers
{
public:
    // Creates audit_context and the triggers; the trigger columns come from the schema itself,
    // so a column added by a later migration is audited without changing this class.
    static Status install(Database &database);
    static Status setActor(Database &database, std::optional<qint64> actorId, const QString &actorName);
    // A note written on every audit row until it is cleared ("late amendment: reason").
    static Status setNote(Database &database, const QString &note);

private:
    static Status installFor(Database &database, const AuditSchema::Table &table);
};

} // namespace dotpha
