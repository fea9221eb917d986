#include "TaskRepository.h"
#include "TemporaryDatabase.h"
#include "TestData.h"
#include "UnitRepository.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

// Two clerks open the same task from two connections; the second save must not overwrite the first.
TEST(OptimisticLock, StaleSaveFromAnotherConnectionIsAConflict)
{
    TemporaryDatabase temporary;
    auto clerkA = temporary.open();
    auto clerkB = temporary.open();
    ASSERT_TRUE(clerkA && clerkB);
    TestData data(clerkA->repositories());
    const Unit unit = data.addUnit(u"xã Mỹ Bằng"_s);
    const Task stored = data.addCollectiveTask(unit, u"Xây dựng đô thị loại V"_s);

    Task copyA = *clerkA->repositories().tasks.find(stored.id);
    Task copyB = *clerkB->repositories().tasks.find(stored.id);
    copyA.title = u"Bản của A"_s;
    copyB.title = u"Bản của B"_s;

    const Result<int> savedA = clerkA->repositories().tasks.update(copyA);
    ASSERT_TRUE(savedA.ok());
    EXPECT_EQ(*savedA, copyA.version + 1);

    const Result<int> savedB = clerkB->repositories().tasks.update(copyB);
    ASSERT_FALSE(savedB.ok());
    EXPECT_EQ(savedB.error().kind(), Error::Kind::Conflict);

    const Task now = *clerkB->repositories().tasks.find(stored.id);
    EXPECT_EQ(now.title, u"Bản của A"_s);
    EXPECT_EQ(now.version, *savedA);
}

TEST(OptimisticLock, SaveAfterDeleteIsNotFound)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    Unit unit = TestData(workspace->repositories()).addUnit(u"xã Đạo Viện"_s);
    ASSERT_TRUE(workspace->repositories().units.remove(unit.id, unit.version).ok());
    unit.name = u"xã Đạo Viện (mới)"_s;
    const Result<int> saved = workspace->repositories().units.update(unit);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind(), Error::Kind::NotFound);
}

TEST(OptimisticLock, StaleDeleteIsAConflictAndDeletesNothing)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    Unit unit = TestData(workspace->repositories()).addUnit(u"xã Đạo Viện"_s);
    Unit renamed = unit;
    renamed.name = u"xã Đạo Viện mới"_s;
    ASSERT_TRUE(workspace->repositories().units.update(renamed).ok());

    const Status removed = workspace->repositories().units.remove(unit.id, unit.version);
    ASSERT_FALSE(removed.ok());
    EXPECT_EQ(removed.error().kind(), Error::Kind::Conflict);
    EXPECT_TRUE(workspace->repositories().units.find(unit.id).ok());
}
