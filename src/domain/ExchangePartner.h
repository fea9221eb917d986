#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace dotpha {

// A committee whose packages this one receives, known by its key: registered once, when an
// administrator has compared the key's fingerprint with the sender's, and never by name alone.
// A subordinate committee's registrations are kept under a unit of its own here; a superior
// committee, whose decisions come down, has none.
struct ExchangePartner
{
    qint64 id = 0;
    QString committee;
    QByteArray publicKey;   // 32 bytes
    std::optional<qint64> unitId;
    std::optional<qint64> acceptedBy;
    int version = 0;
};

} // namespace dotpha
