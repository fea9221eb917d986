#pragma once

#include "EnumCodes.h"
#include "TaskKind.h"
#include "TaskNature.h"
#include "TaskOrigin.h"
#include "TaskStatus.h"
#include "UnitKind.h"
#include "VietnameseTerms.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace dotpha {

// The words a spreadsheet may write for one of our values, matched as people write them: in any
// case, with our accents or with none at all (not with others: "duyêt" is asked about), with or
// without a leading "Việc", punctuation aside, our code
// ("breakthrough"), and the synonyms and abbreviations offices use (listed in docs/user-guide.md,
// "Từ được chấp nhận").
class ValueWords
{
public:
    template <typename Enum>
    static std::optional<Enum> match(const QString &text)
    {
        // By the words as written, marks included, and by their folded keys for a text written
        // without any mark: a mark that is not ours ("duyêt") is a misspelling to ask about.
        static const std::pair<QHash<QString, Enum>, QHash<QString, Enum>> words = [] {
            QHash<QString, Enum> marked;
            QHash<QString, Enum> folded;
            const auto add = [&](const QString &word, Enum value) {
                marked.insert(markedKey(word), value);
                folded.insert(key(word), value);
            };
            for (const Enum value : allValues<Enum>()) {
                add(VietnameseTerms::word(value), value);
                add(toCode(value), value);
                for (const QString &synonym : synonymsOf(value))
                    add(synonym, value);
            }
            return std::pair{marked, folded};
        }();
        const bool unmarked = !hasMarks(text);
        const QHash<QString, Enum> &byKey = unmarked ? words.second : words.first;
        const auto found = byKey.constFind(unmarked ? key(text) : markedKey(text));
        return found == byKey.cend() ? std::nullopt : std::optional<Enum>(*found);
    }

    // Our words for the values, in order: what a refusal lists.
    template <typename Enum>
    static QStringList accepted()
    {
        QStringList words;
        for (const Enum value : allValues<Enum>())
            words << VietnameseTerms::word(value);
        return words;
    }

    // Folded, punctuation taken out, a leading "việc" dropped: "Việc  mới." -> "moi".
    static QString key(const QString &text);
    // The same with its marks kept (composed, in lower case): "Việc  Mới." -> "mới".
    static QString markedKey(const QString &text);
    // Whether text has a letter outside ASCII: a mark, or "đ".
    static bool hasMarks(const QString &text);

private:
    static QStringList synonymsOf(TaskKind kind);
    static QStringList synonymsOf(TaskNature nature);
    static QStringList synonymsOf(TaskOrigin origin);
    static QStringList synonymsOf(TaskStatus status);
    static QStringList synonymsOf(UnitKind kind);
};

} // namespace dotpha
