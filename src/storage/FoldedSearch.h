#pragma once

#include <QString>
#include <QVariantList>

namespace dotpha {

// A search that ignores accents and case: the text is folded, split into words, and each word must
// occur in the folded column. Only placeholders go into the SQL; the words are bound values.
class FoldedSearch
{
public:
    // "(column LIKE ? ESCAPE '\' AND ...)" for each word of text, appending the patterns to
    // values; "1" when text has no words.
    static QString condition(const QString &column, const QString &text, QVariantList &values);
    // %word% with LIKE's own wildcards escaped.
    static QString containsPattern(const QString &foldedWord);
};

} // namespace dotpha
