#pragma once

#include "AuditSchema.h"
#include "Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace dotpha {

class SqlConnection;

// What the audit trail needs of one backend beyond the statements both share: saying who acts,
// and reading the records that AuditReplay proves against the trail, each as the backend's own
// triggers would snapshot it now. A file's triggers and the server's write their snapshots in
// their own ways; each backend's records are compared only with its own trail.
class AuditStorage
{
public:
    virtual ~AuditStorage() = default;

    virtual SqlConnection &database() = 0;
    // Every change from now on is recorded under this actor, and this note until it is cleared.
    virtual Status setActor(std::optional<qint64> userId, const QString &name) = 0;
    virtual Status setNote(const QString &note) = 0;

    // The audited columns of table, in schema order.
    virtual Result<QList<AuditSchema::Column>> columnsOf(const QString &table) = 0;
    // SQL giving the key and the snapshot text of every record of table, in key order; with one
    // placeholder for the key when onlyOne.
    virtual QString recordsQuery(const AuditSchema::Table &table, const QList<AuditSchema::Column> &columns,
                                 bool onlyOne) const = 0;
    // Whether two queries can be read row by row at once on this connection (a file's); when not,
    // each result is read whole before the next query runs.
    virtual bool readsSideBySide() const = 0;
};

} // namespace dotpha
