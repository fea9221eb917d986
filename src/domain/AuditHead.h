#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace dotpha {

// The newest seal of the audit trail: the record it ends at, how many records the trail holds,
// the seal's hash and when its last record was written. Printed on the year-end report and the
// change-log export, it is the reference a later check compares with (`check --expect CODE`): a
// trail rewritten and sealed again outside Dotpha no longer has this hash at this record.
struct AuditHead
{
    qint64 lastId = 0;
    qint64 records = 0;
    QByteArray hash;
    QDateTime recordedAt;

    static constexpr int CodeHexDigits = 16;

    // "133755:9f3a2c1b7d4e8a60": the last record's number and the start of the seal's hash.
    QString code() const;

    struct Expected
    {
        qint64 lastId = 0;
        QString hashPrefix;   // lower-case hexadecimal
    };
    // Reads a code as code() writes it, ignoring spaces and case; nullopt when it is not one.
    static std::optional<Expected> parse(const QString &code);
};

} // namespace dotpha
