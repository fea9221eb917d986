#include "TemporaryDatabase.h"
#include "TestData.h"
#include "TransactionGuard.h"
#include "TransactionRunner.h"
#include "UnitRepository.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

int unitCount(Workspace &workspace)
{
    const auto units = workspace.repositories().units.all();
    return units ? int(units->size()) : -1;
}

} // namespace

TEST(TransactionGuard, RollsBackWhenNotCommitted)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    {
        TransactionGuard transaction(workspace->storage());
        ASSERT_TRUE(transaction.began().ok());
        TestData(workspace->repositories()).addUnit(u"xã Mỹ Bằng"_s);
        EXPECT_EQ(unitCount(*workspace), 1);
    }
    EXPECT_EQ(unitCount(*workspace), 0);
}

TEST(TransactionGuard, CommitsWhatWasDone)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    {
        TransactionGuard transaction(workspace->storage());
        TestData(workspace->repositories()).addUnit(u"xã Mỹ Bằng"_s);
        ASSERT_TRUE(transaction.commit().ok());
    }
    EXPECT_EQ(unitCount(*workspace), 1);
}

TEST(TransactionRunner, AFailedStepUndoesTheEarlierOnes)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    Repositories &repositories = workspace->repositories();
    const Status status = repositories.transactions.inTransaction([&]() -> Status {
        TestData(repositories).addUnit(u"xã Mỹ Bằng"_s);
        Unit nameless;   // refused by validation
        const Result<qint64> added = repositories.units.add(nameless);
        return added ? Status() : Status(added.error());
    });
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind(), Error::Kind::Validation);
    EXPECT_EQ(unitCount(*workspace), 0);
}

TEST(TransactionRunner, InnerFailureIgnoredByTheCallerStillRollsBack)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    Repositories &repositories = workspace->repositories();
    const Status status = repositories.transactions.inTransaction([&]() -> Status {
        TestData(repositories).addUnit(u"xã Mỹ Bằng"_s);
        // An inner guard that ends without commit dooms the whole transaction.
        TransactionGuard inner(workspace->storage());
        return {};
    });
    EXPECT_FALSE(status.ok());
    EXPECT_EQ(unitCount(*workspace), 0);
}

TEST(TransactionGuard, SecondConnectionWaitsThenSeesCommittedWork)
{
    TemporaryDatabase temporary;
    auto first = temporary.open();
    auto second = temporary.open();
    ASSERT_TRUE(first && second);
    {
        TransactionGuard transaction(first->storage());
        ASSERT_TRUE(transaction.began().ok());
        TestData(first->repositories()).addUnit(u"xã Mỹ Bằng"_s);
        EXPECT_EQ(unitCount(*second), 0);   // uncommitted work is invisible to others
        ASSERT_TRUE(transaction.commit().ok());
    }
    EXPECT_EQ(unitCount(*second), 1);
}
