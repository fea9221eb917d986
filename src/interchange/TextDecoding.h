#pragma once

#include "LegacyEncoding.h"

#include <QByteArray>
#include <QString>

namespace dotpha {

// Tells apart the encodings Vietnamese offices save text in and decodes to NFC Unicode:
// UTF-8 with or without a byte-order mark, UTF-16 ("Unicode Text" from Excel) with a mark or
// recognisably without, and Windows-1258 (Excel's CSV on Vietnamese Windows, tone marks written
// as combining characters), through ICU. What it cannot decode it names: TCVN3 and VNI, or
// text damaged by bytes its encoding does not have (each replaced by U+FFFD so that the place
// can be shown), or an encoding it does not know.
class TextDecoding
{
public:
    enum class Encoding { Utf8, Utf8WithBom, Utf16LittleEndian, Utf16BigEndian, Windows1258, Unknown };
    // Workbook: a zip (.xlsx) or an old compound file (.xls), not text. Binary: bytes no text
    // holds (NUL, control characters).
    enum class Verdict { Decoded, Damaged, Legacy, Unrecognised, Workbook, Binary };

    struct Decoded
    {
        QString text;        // NFC; for Damaged with U+FFFD where bytes were bad
        Encoding encoding = Encoding::Unknown;
        Verdict verdict = Verdict::Decoded;
        LegacyEncoding::Kind legacy = LegacyEncoding::Kind::None;   // for Verdict::Legacy
    };

    static Decoded decode(const QByteArray &bytes);
    static QString name(Encoding encoding);
};

} // namespace dotpha
