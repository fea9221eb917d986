#pragma once

#include <QByteArray>
#include <QString>

namespace dotpha {

// Recognises Vietnamese text typed in the pre-Unicode TCVN3 (ABC) and VNI encodings, which older
// offices still have in spreadsheets. Such text is refused with the encoding named, rather than
// imported as gibberish.
class LegacyEncoding
{
public:
    enum class Kind { None, Tcvn3, Vni };

    // For text already decoded (from XLSX, or CSV read as Latin-1).
    static Kind detect(const QString &text);
    static QString name(Kind kind);
};

} // namespace dotpha
