#pragma once

#include "AuditAction.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace dotpha {

// One recorded change: who, when, which record (entity is the table, entityId its key), which
// field, and its value before and after. A record's insertion or deletion is one entry with no
// field, naming the record in newValue or oldValue.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime recordedAt;
    std::optional<qint64> actorId;
    QString actor;
    AuditAction action = AuditAction::Update;
    QString entity;
    qint64 entityId = 0;
    std::optional<qint64> taskId;
    QString field;
    std::optional<QString> oldValue;
    std::optional<QString> newValue;
    QString note;   // "late amendment: ..." when an administrator changed a closed year

    // The note the server's trail writes for a change made outside Dotpha (psql, a script), which
    // never says who acts: the program's name (its application_name) follows.
    static constexpr QLatin1StringView OutsideDotphaNote{"outside Dotpha: "};
    bool madeOutsideDotpha() const { return note.startsWith(OutsideDotphaNote); }
    // The program that made a change outside Dotpha; empty for Dotpha's own.
    QString program() const { return madeOutsideDotpha() ? note.mid(OutsideDotphaNote.size()) : QString(); }
};

} // namespace dotpha
