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
// case, with or without accents, with or without a leading "Việc", punctuation aside, our code
// ("breakthrough"), and the synonyms and abbreviations offices use (listed in docs/user-guide.md,
// "Từ được chấp nhận").
class ValueWords
{
public:
    template <typename Enum>
    static std::optional<Enum> match(const QString &text)
    {
        static const QHash<QString, Enum> words = [] {
            QHash<QString, Enum> keyed;
            for (const Enum value : allValues<Enum>()) {
                keyed.insert(key(VietnameseTerms::word(value)), value);
                keyed.insert(key(toCode(value)), value);
                for (const QString &synonym : synonymsOf(value))
                    keyed.insert(key(synonym), value);
            }
            return keyed;
        }();
        const auto found = words.constFind(key(text));
        return found == words.cend() ? std::nullopt : std::optional<Enum>(*found);
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

private:
    static QStringList synonymsOf(TaskKind kind);
    static QStringList synonymsOf(TaskNature nature);
    static QStringList synonymsOf(TaskOrigin origin);
    static QStringList synonymsOf(TaskStatus status);
    static QStringList synonymsOf(UnitKind kind);
};

} // namespace dotpha
