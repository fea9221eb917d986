#pragma once

#include "AuditEntry.h"

#include <QCoreApplication>

namespace dotpha {

// An audit entry in words, for the history views and the CSV export: what was changed
// ("task “Đô thị loại V” — Expected result") and how ("Đạt tiêu chí → Đạt 12/12 tiêu chí"), with the entry's note in brackets.
class AuditDescription
{
    Q_DECLARE_TR_FUNCTIONS(AuditDescription)

public:
    static QString subject(const AuditEntry &entry);
    // The same within the history of task taskId, where the task itself needs no number.
    static QString subjectWithin(const AuditEntry &entry, qint64 taskId);
    static QString change(const AuditEntry &entry);
    static QString action(AuditAction action);
    // Who made the change; the system account that ran a command when no one had signed in.
    static QString actor(const AuditEntry &entry);

private:
    static QString valueChange(const AuditEntry &entry);
    static QString labelColumn(const QString &entity);
};

} // namespace dotpha
