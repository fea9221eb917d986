#include "LegacyEncoding.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace dotpha {

LegacyEncoding::Kind LegacyEncoding::detect(const QString &text)
{
    int vietnamese = 0;   // letters only Unicode Vietnamese has
    int tcvn3 = 0;        // Latin-1 symbols TCVN3 uses for Vietnamese letters
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x1EA0 && u <= 0x1EF9) || u == 0x0103 || u == 0x0111 || u == 0x01A1 || u == 0x01B0)
            ++vietnamese;
        else if (u"µ¸¶·¹¨©®ª«¬\u00AD¹»¾¼½Æ×ØÞßãåæçèéêëìíîïðñòóôõö÷øùúûüýþ"_s.contains(c))
            ++tcvn3;
    }
    if (vietnamese > 0)
        return Kind::None;
    // VNI writes a vowel followed by the Latin-1 letter that carries its marks: "Haø Noäi".
    static const QRegularExpression vniPattern(u"[aeiouyAEIOUY][øùûõïáàåãäâë]|ñ"_s);
    const int vni = int(text.count(vniPattern));
    if (vni >= 3 && vni * 2 >= tcvn3)
        return Kind::Vni;
    if (tcvn3 >= 3)
        return Kind::Tcvn3;
    return Kind::None;
}

QString LegacyEncoding::name(Kind kind)
{
    switch (kind) {
    case Kind::Tcvn3: return u"TCVN3 (ABC)"_s;
    case Kind::Vni: return u"VNI"_s;
    case Kind::None: return {};
    }
    return {};
}

} // namespace dotpha
