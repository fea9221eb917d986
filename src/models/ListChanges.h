#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace dotpha {

// How a list of rows, each named by an id, became another: which rows left and which came, the
// rest staying in the same order. A model applies it as rows removed and inserted in place, so
// that a view keeps its selection and scroll position, instead of resetting.
struct ListChanges
{
    QList<int> removedRows;    // rows of the list before, highest first: each removed in turn
    QList<int> insertedRows;   // rows of the list after, lowest first: each inserted in turn

    // Nothing when rows both lists hold changed places among themselves (a new sort value moved
    // one past another): then the list is read again as a whole.
    static std::optional<ListChanges> between(const QList<qint64> &before, const QList<qint64> &after);
};

} // namespace dotpha
