#include "TextFolding.h"

#include <array>

namespace dotpha {

namespace {

// The folded form of each code point below 0x250 and in Latin Extended Additional (U+1E00 to
// U+1EFF, where the Vietnamese letters with two marks are), as foldByDecomposition() gives it for
// the character alone: none, one or two characters. Folding works character by character there:
// a character's decomposition never depends on its neighbours once the marks are dropped.
struct FoldTable
{
    struct Entry
    {
        char16_t first = 0;
        char16_t second = 0;
        quint8 length = 0;
    };
    static constexpr char16_t LowEnd = 0x250;
    static constexpr char16_t ExtendedStart = 0x1E00;
    static constexpr char16_t ExtendedEnd = 0x1F00;

    std::array<Entry, LowEnd> low;
    std::array<Entry, ExtendedEnd - ExtendedStart> extended;

    FoldTable()
    {
        for (char16_t c = 0; c < LowEnd; ++c)
            low[c] = entryOf(c);
        for (char16_t c = ExtendedStart; c < ExtendedEnd; ++c)
            extended[c - ExtendedStart] = entryOf(c);
    }

    static Entry entryOf(char16_t c)
    {
        const QString folded = TextFolding::foldByDecomposition(QString(QChar(c)));
        Entry entry;
        entry.length = quint8(std::min<qsizetype>(folded.size(), 3));
        if (folded.size() > 0)
            entry.first = folded.at(0).unicode();
        if (folded.size() > 1)
            entry.second = folded.at(1).unicode();
        return entry;
    }

    // nullptr for a character the table does not know, or that folds to more than two.
    const Entry *find(char16_t c) const
    {
        const Entry *entry = c < LowEnd ? &low[c]
                             : c >= ExtendedStart && c < ExtendedEnd ? &extended[c - ExtendedStart]
                                                                     : nullptr;
        return entry && entry->length <= 2 ? entry : nullptr;
    }
};

// Combining marks (U+0300 to U+036F) are non-spacing: decomposed input drops them too.
bool isCombiningMark(char16_t c)
{
    return c >= 0x300 && c < 0x370;
}

} // namespace

QString TextFolding::fold(const QString &text)
{
    static const FoldTable table;
    QString folded;
    folded.reserve(text.size());
    bool lastWasSpace = true;   // also trims leading space
    for (const QChar character : text) {
        const char16_t c = character.unicode();
        if (isCombiningMark(c))
            continue;
        if (character.isSpace()) {
            if (!lastWasSpace)
                folded.append(QLatin1Char(' '));
            lastWasSpace = true;
            continue;
        }
        const FoldTable::Entry *entry = table.find(c);
        if (!entry)
            return foldByDecomposition(text);
        if (entry->length == 0)
            continue;
        lastWasSpace = false;
        folded.append(QChar(entry->first));
        if (entry->length == 2)
            folded.append(QChar(entry->second));
    }
    if (folded.endsWith(QLatin1Char(' ')))
        folded.chop(1);
    return folded;
}

QString TextFolding::foldByDecomposition(const QString &text)
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
