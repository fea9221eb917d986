#pragma once

#include "AuditEntry.h"
#include "Result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace dotpha {

// The audit trail. Entries are written by the storage itself with every change, never through
// this interface; what it offers is saying who is acting, reading the trail and checking it.
class AuditRepository
{
public:
    virtual ~AuditRepository() = default;
    // Every change from now on is recorded under this actor.
    virtual Status setActor(std::optional<qint64> userId, const QString &name) = 0;
    // Written on each entry until cleared with an empty note.
    virtual Status setNote(const QString &note) = 0;
    // Oldest first.
    virtual Result<QList<AuditEntry>> ofTask(qint64 taskId) = 0;
    // Newest first, limit entries from offset.
    virtual Result<QList<AuditEntry>> page(int offset, int limit) = 0;
    virtual Result<int> count() = 0;
    // What is wrong with the hash chain, one sentence per broken link; empty when it is whole.
    virtual Result<QStringList> verify() = 0;
};

} // namespace dotpha
