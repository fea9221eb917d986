#pragma once

#include "AuditDiscrepancy.h"
#include "AuditEntry.h"
#include "AuditHead.h"
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
    // Newest first, at most limit records, all of them older than the one numbered olderThan when
    // given: a page continues from the last record of the one before (keyset paging), so that it
    // costs the same however far down it is, and records added meanwhile shift nothing.
    virtual Result<QList<AuditEntry>> newest(int limit, std::optional<qint64> olderThan = std::nullopt) = 0;
    virtual Result<int> count() = 0;
    // The records written after the one numbered lastSeen, oldest first, at most limit: what the
    // transactions committed since then wrote. Records are numbered in the order their
    // transactions committed (writers append one at a time, under the trail's lock).
    virtual Result<QList<AuditEntry>> after(qint64 lastSeen, int limit) = 0;
    // The records written after year was closed that touch one of its tasks and do not say they are
    // a late amendment, oldest first, at most limit: what changed a sealed year outside Dotpha.
    virtual Result<QList<AuditEntry>> changesAfterClosing(int year, int limit) = 0;
    // The newest record's number; 0 while nothing has been recorded.
    virtual Result<qint64> lastId() = 0;
    // The newest records of changes made outside Dotpha (AuditEntry::madeOutsideDotpha), newest
    // first: what check lists as warnings. A file's trail has none (what another program writes
    // into a file is not recorded at all, and check finds it as an error).
    virtual Result<QList<AuditEntry>> madeOutsideDotpha(int limit) = 0;
    // Everything the trail finds wrong, one sentence each: broken or missing seals, and records
    // that differ from what replaying the trail gives (changed, added or removed outside Dotpha).
    // Empty when the file is as Dotpha wrote it.
    virtual Result<QStringList> verify() = 0;
    // The newest seal, for printing and exporting; nullopt while nothing has been recorded.
    virtual Result<std::optional<AuditHead>> head() = 0;
    // Whether the trail still holds a head printed or exported earlier; empty when it does.
    virtual Result<QStringList> verifyHead(const AuditHead::Expected &expected) = 0;
    // How one record differs from its history (entity is the table): an account at sign-in.
    virtual Result<QList<AuditDiscrepancy>> discrepanciesOf(const QString &entity, qint64 id) = 0;
    // Whether the trail has ever recorded a record of entity: a file that had accounts keeps
    // saying so even when they are deleted outside Dotpha.
    virtual Result<bool> hasHistoryOf(const QString &entity) = 0;
};

} // namespace dotpha
