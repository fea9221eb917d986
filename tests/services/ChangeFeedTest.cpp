#include "AuditRepository.h"
#include "ChangeFeed.h"
#include "ChangeWatcher.h"
#include "ServiceFixture.h"
#include "TransactionRunner.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

class ChangeFeedTest : public ServiceFixture
{
protected:
    void SetUp() override
    {
        ServiceFixture::SetUp();
        feed = std::make_unique<ChangeFeed>(workspace->repositories());
        ASSERT_TRUE(feed->start(nullptr).ok());
        published = std::make_unique<QSignalSpy>(feed.get(), &ChangeFeed::changed);
    }

    ChangeSet last() const { return published->constLast().constFirst().value<ChangeSet>(); }

    std::unique_ptr<ChangeFeed> feed;
    std::unique_ptr<QSignalSpy> published;
};

} // namespace

// An edit is published once, after its commit, naming its task: not as a task that moved, since
// its content decides no list it is in.
TEST_F(ChangeFeedTest, ACommittedEditIsPublishedOnceNamingItsTask)
{
    Task edited = reread(task.id);
    edited.content = u"Rà soát quy hoạch"_s;
    ASSERT_TRUE(tasks->update(edited).ok());
    ASSERT_EQ(published->count(), 1);
    EXPECT_EQ(last().tasks, QSet<qint64>{task.id});
    EXPECT_TRUE(last().tasksMoved.isEmpty());
    EXPECT_TRUE(last().touches(u"task"_s));
    EXPECT_FALSE(last().touches(u"unit"_s));
}

// A submission changes the status, which decides the lists the task is in; its decision is the
// task's too.
TEST_F(ChangeFeedTest, ADecisionNamesItsTaskAsMoved)
{
    approveTask();
    ASSERT_EQ(published->count(), 2);   // submitted, then approved
    EXPECT_EQ(last().tasksMoved, QSet<qint64>{task.id});
    EXPECT_TRUE(last().touches(u"decision"_s));
}

// What is refused or rolled back was never there to be read: nothing is published.
TEST_F(ChangeFeedTest, ARefusedChangePublishesNothing)
{
    Task approved = TestData::collectiveTask(unit, u"Mới"_s);
    approved.status = TaskStatus::Approved;
    EXPECT_FALSE(tasks->addMany({approved, TestData::collectiveTask(unit, u"Khác"_s)}).ok());
    EXPECT_EQ(published->count(), 0);
}

// Many tasks in one transaction are one notice; beyond what is worth naming, views read all again.
TEST_F(ChangeFeedTest, ABulkIsOneNoticeAndAVeryLargeOneSaysEverything)
{
    ASSERT_TRUE(tasks->addMany({TestData::collectiveTask(unit, u"Một"_s), TestData::collectiveTask(unit, u"Hai"_s)}).ok());
    ASSERT_EQ(published->count(), 1);
    EXPECT_EQ(last().tasksMoved.size(), 2);
    EXPECT_FALSE(last().everything);

    QList<Task> many;
    for (int i = 0; i <= ChangeFeed::MostRecordsNamed; ++i)
        many << TestData::collectiveTask(unit, u"Việc %1"_s.arg(i));
    ASSERT_TRUE(tasks->addMany(many).ok());
    ASSERT_EQ(published->count(), 2);
    EXPECT_TRUE(last().everything);
    EXPECT_EQ(last().lastRecordId, *workspace->repositories().audit.lastId());
}

// Another connection's commit (another window, another PC) reaches the feed through the watcher
// the workspace gives, without anything done here.
TEST_F(ChangeFeedTest, AnotherConnectionsCommitArrivesThroughTheWatcher)
{
    const std::unique_ptr<ChangeWatcher> watcher = workspace->watchChanges();
    ChangeFeed watching(workspace->repositories());
    ASSERT_TRUE(watching.start(watcher.get()).ok());
    QSignalSpy arrived(&watching, &ChangeFeed::changed);

    const std::unique_ptr<Workspace> colleague = temporary.open(Database::Mode::OpenExisting);
    ASSERT_TRUE(colleague);
    TaskService theirs(colleague->repositories());
    Task edited = *theirs.find(task.id);
    edited.title = u"Đô thị loại IV"_s;
    ASSERT_TRUE(theirs.update(edited).ok());

    EXPECT_TRUE(QTest::qWaitFor([&] { return arrived.count() > 0; }, 3000));
    ASSERT_EQ(arrived.count(), 1);
    EXPECT_EQ(arrived.constFirst().constFirst().value<ChangeSet>().tasks, QSet<qint64>{task.id});
}

// A look from inside this connection's transaction (an import showing its progress, a watcher's
// signal meanwhile) would read its records before they are committed: the feed waits for the
// commit.
TEST_F(ChangeFeedTest, NothingIsReadFromInsideATransactionOfItsOwn)
{
    Task edited = reread(task.id);
    edited.content = u"Rà soát quy hoạch"_s;
    const Status done = workspace->repositories().transactions.inTransaction([&]() -> Status {
        if (const Result<int> saved = tasks->update(edited); !saved)
            return saved.error();
        feed->catchUp();
        EXPECT_EQ(published->count(), 0);
        return {};
    });
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(published->count(), 1);
}
