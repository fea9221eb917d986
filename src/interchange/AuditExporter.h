#pragma once

#include "AuditRepository.h"
#include "Result.h"

#include <QCoreApplication>

namespace dotpha {

// The audit trail as CSV (CsvFile: UTF-8 with BOM, formulas guarded), newest first: when, who,
// action, record, field, old and new value as stored, the same in words, and the note; then a
// last row with the trail's head (AuditHead), to check a later copy against. Written
// beside the target and renamed, so a failure leaves no partial file.
class AuditExporter
{
    Q_DECLARE_TR_FUNCTIONS(AuditExporter)

public:
    // Every entry, or those of one task. Returns how many were written.
    static Result<int> exportTo(AuditRepository &audit, const QString &path, std::optional<qint64> taskId = std::nullopt);
};

} // namespace dotpha
