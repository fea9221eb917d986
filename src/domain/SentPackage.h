#pragma once

#include "EnumCodes.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace dotpha {

// A package this committee sent another one (docs/exchange.md), recorded in the same transaction
// that numbered it: the receiver, what it carried, its place in the sequence to that receiver,
// and the SHA-256 of its signed manifest, by which the receiver's acknowledgement can name it.
struct SentPackage
{
    enum class Kind { Registrations, Decisions };

    qint64 id = 0;
    QString receiver;
    Kind kind = Kind::Registrations;
    int year = 0;
    qint64 sequence = 0;
    QString manifestSha256;   // 64 lower-case hexadecimal digits
    std::optional<qint64> sentBy;
    QDateTime sentAt;         // set by storage
};

template <>
struct EnumCodeTable<SentPackage::Kind>
{
    static constexpr CodeEntries<SentPackage::Kind, 2> entries{{
        {SentPackage::Kind::Registrations, u"registrations"},
        {SentPackage::Kind::Decisions, u"decisions"},
    }};
};

} // namespace dotpha
