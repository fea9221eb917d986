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
};

} // namespace dotpha
