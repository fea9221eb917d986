#include "TextFolding.h"

namespace dotpha {

QString TextFolding::fold(const QString &text)
{
    // NFD splits "ệ" into "e" plus its marks; dropping the non-spacing marks leaves the base
    // letter. Đ/đ is a letter of its own, not d with a mark, so it needs mapping by hand.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    bool lastWasSpace = true;   // also trims leading space
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            if (!lastWasSpace)
                folded.append(QLatin1Char(' '));
            lastWasSpace = true;
            continue;
        }
        lastWasSpace = false;
        if (c == QChar(0x0110) || c == QChar(0x0111))   // Đ, đ
            folded.append(QLatin1Char('d'));
        else
            folded.append(c.toCaseFolded());
    }
    if (folded.endsWith(QLatin1Char(' ')))
        folded.chop(1);
    return folded;
}

} // namespace dotpha
