#pragma once

#include "AuditHead.h"
#include "Result.h"

#include <QCoreApplication>

namespace dotpha {

class AuditRepository;

// The seal (AuditHead::code) printed on a report or an export, held against a database about to be
// put back: a backup older than the seal, or one whose trail was rewritten, does not hold it, and
// restoring it would quietly undo what was printed. One wording for the window and the command line.
class PrintedSeal
{
    Q_DECLARE_TR_FUNCTIONS(PrintedSeal)

public:
    // What to tell someone who typed something that is not a seal.
    static QString notASeal(const QString &text);
    // Refused, naming the backup and what differs, when the trail in audit does not hold the seal.
    static Status heldBy(AuditRepository &audit, const QString &sealText, const QString &backupName);
};

} // namespace dotpha
