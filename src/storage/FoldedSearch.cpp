#include "FoldedSearch.h"

#include "TextFolding.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace dotpha {

QString FoldedSearch::condition(const QString &column, const QString &text, QVariantList &values)
{
    const QStringList words = TextFolding::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return u"TRUE"_s;   // a true literal both databases take
    QStringList parts;
    for (const QString &word : words) {
        parts << column + uR"( LIKE ? ESCAPE '\')"_s;
        values << containsPattern(word);
    }
    return u"("_s + parts.join(u" AND "_s) + u")"_s;
}

QString FoldedSearch::containsPattern(const QString &foldedWord)
{
    QString escaped = foldedWord;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u"%"_s + escaped + u"%"_s;
}

} // namespace dotpha
