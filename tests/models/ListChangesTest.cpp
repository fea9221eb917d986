#include "ListChanges.h"

#include <gtest/gtest.h>

using namespace dotpha;

namespace {

// before with changes applied as a model applies them: removals, then insertions from after.
QList<qint64> applied(QList<qint64> before, const QList<qint64> &after, const ListChanges &changes)
{
    for (const int row : changes.removedRows)
        before.removeAt(row);
    for (const int row : changes.insertedRows)
        before.insert(row, after.at(row));
    return before;
}

} // namespace

TEST(ListChanges, RowsLeavingAndComingAreRemovedAndInsertedWhereTheyBelong)
{
    const QList<qint64> before{1, 2, 3, 4, 5, 6};
    const QList<qint64> after{9, 1, 3, 7, 4, 6, 8};
    const std::optional<ListChanges> changes = ListChanges::between(before, after);
    ASSERT_TRUE(changes);
    EXPECT_EQ(changes->removedRows, (QList<int>{4, 1}));
    EXPECT_EQ(changes->insertedRows, (QList<int>{0, 3, 6}));
    EXPECT_EQ(applied(before, after, *changes), after);
}

TEST(ListChanges, NothingChangedIsNothingToDo)
{
    const std::optional<ListChanges> changes = ListChanges::between({4, 2, 8}, {4, 2, 8});
    ASSERT_TRUE(changes);
    EXPECT_TRUE(changes->removedRows.isEmpty());
    EXPECT_TRUE(changes->insertedRows.isEmpty());
    EXPECT_EQ(applied({}, {3, 1}, *ListChanges::between({}, {3, 1})), (QList<qint64>{3, 1}));
    EXPECT_TRUE(applied({3, 1}, {}, *ListChanges::between({3, 1}, {})).isEmpty());
}

TEST(ListChanges, RowsThatChangedPlacesAmongThemselvesAreNotSpokenOf)
{
    EXPECT_FALSE(ListChanges::between({1, 2, 3}, {1, 3, 2}));
    EXPECT_FALSE(ListChanges::between({1, 2, 3}, {3, 4, 1}));
    EXPECT_FALSE(ListChanges::between({1, 1}, {1}));
}
