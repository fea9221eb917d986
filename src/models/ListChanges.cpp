#include "ListChanges.h"

#include <QSet>

namespace dotpha {

namespace {

QList<qint64> keptIn(const QList<qint64> &list, const QSet<qint64> &other)
{
    QList<qint64> kept;
    for (const qint64 id : list) {
        if (other.contains(id))
            kept << id;
    }
    return kept;
}

} // namespace

std::optional<ListChanges> ListChanges::between(const QList<qint64> &before, const QList<qint64> &after)
{
    const QSet<qint64> beforeIds(before.cbegin(), before.cend());
    const QSet<qint64> afterIds(after.cbegin(), after.cend());
    if (beforeIds.size() != before.size() || afterIds.size() != after.size())
        return std::nullopt;   // a row twice: not a list of rows this can speak of
    if (keptIn(before, afterIds) != keptIn(after, beforeIds))
        return std::nullopt;
    ListChanges changes;
    for (qsizetype row = before.size() - 1; row >= 0; --row) {
        if (!afterIds.contains(before.at(row)))
            changes.removedRows << int(row);
    }
    for (qsizetype row = 0; row < after.size(); ++row) {
        if (!beforeIds.contains(after.at(row)))
            changes.insertedRows << int(row);
    }
    return changes;
}

} // namespace dotpha
