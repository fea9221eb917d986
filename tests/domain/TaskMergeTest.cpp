#include "TaskMerge.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;

namespace {

Task base()
{
    Task task;
    task.id = 7;
    task.year = 2021;
    task.unitId = 3;
    task.title = u"Chợ nông sản"_s;
    task.content = u"Xây chợ"_s;
    task.deadline = QDate(2021, 12, 31);
    task.version = 4;
    return task;
}

} // namespace

// Their deadline and my content are apart: both are kept, at their version.
TEST(TaskMerge, ChangesToDifferentFieldsAreKeptTogether)
{
    Task theirs = base();
    theirs.deadline = QDate(2021, 9, 30);
    theirs.progressPercent = 40;
    theirs.version = 5;
    Task mine = base();
    mine.content = u"Xây chợ và bãi đỗ xe"_s;

    const TaskMerge merge(base(), theirs, mine);
    EXPECT_EQ(merge.theirChanges(), QStringList{u"deadline"_s}) << "progress is not the editor's";
    EXPECT_EQ(merge.myChanges(), QStringList{u"content"_s});
    EXPECT_TRUE(merge.canMerge());
    const Task merged = merge.merged();
    EXPECT_EQ(merged.deadline, QDate(2021, 9, 30));
    EXPECT_EQ(merged.content, u"Xây chợ và bãi đỗ xe"_s);
    EXPECT_EQ(merged.progressPercent, 40);
    EXPECT_EQ(merged.version, 5);
}

// The same field changed to different values collides; to the same value it does not.
TEST(TaskMerge, TheSameFieldChangedDifferentlyCollides)
{
    Task theirs = base();
    theirs.title = u"Chợ nông sản an toàn"_s;
    theirs.unitId = 9;
    Task mine = base();
    mine.title = u"Chợ đầu mối nông sản"_s;
    mine.unitId = 9;

    const TaskMerge merge(base(), theirs, mine);
    EXPECT_EQ(merge.collisions(), QStringList{u"title"_s});
    EXPECT_FALSE(merge.canMerge());
}
