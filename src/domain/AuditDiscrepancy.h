#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace dotpha {

// A difference between a record as the audit trail says it is and as the database holds it: found by
// replaying the trail (AuditReplay), it means the record was written by another program.
struct AuditDiscrepancy
{
    enum class Kind {
        Changed,      // a column holds another value than the trail's last one
        Unrecorded,   // the record has no history: it was added outside Dotpha
        Removed,      // the trail says the record exists, the file no longer holds it
        Reappeared,   // the trail says it was deleted, the database holds it again
        Password,     // an account's password hash no longer matches its fingerprint
    };

    Kind kind = Kind::Changed;
    QString entity;   // the table
    qint64 entityId = 0;
    QString label;    // the record's name or title, as far as it is known
    QString column;   // for Changed
    std::optional<QString> recorded;
    std::optional<QString> stored;
};

// A discrepancy in a sentence of the user's language, naming the record and the column.
class AuditDiscrepancyText
{
    Q_DECLARE_TR_FUNCTIONS(AuditDiscrepancyText)

public:
    static QString describe(const AuditDiscrepancy &discrepancy);
};

} // namespace dotpha
