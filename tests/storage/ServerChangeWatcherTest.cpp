#include "ChangeWatcher.h"
#include "ServerListener.h"
#include "TestData.h"
#include "TestServer.h"
#include "UnitRepository.h"
#include "Workspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

class ServerChangeWatcherTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        DOTPHA_NEEDS_TEST_SERVER();
        ASSERT_TRUE(server.ok()) << server.why().toStdString();
        for (std::unique_ptr<Workspace> *workspace : {&watching, &colleague}) {
            auto opened = Workspace::openServer(server.address());
            ASSERT_TRUE(opened) << opened.error().message().toStdString();
            *workspace = std::move(opened).value();
        }
        watcher = watching->watchChanges();
        told = std::make_unique<QSignalSpy>(watcher.get(), &ChangeWatcher::changedElsewhere);
    }

    bool toldWithin(int milliseconds)
    {
        return QTest::qWaitFor([&] { return told->count() > 0; }, milliseconds);
    }

    TemporaryServerDatabase server{TemporaryServerDatabase::Contents::Prepared};
    std::unique_ptr<Workspace> watching;
    std::unique_ptr<Workspace> colleague;
    std::unique_ptr<ChangeWatcher> watcher;
    std::unique_ptr<QSignalSpy> told;
};

} // namespace

// A colleague's commit is told; a transaction of theirs rolled back is not.
TEST_F(ServerChangeWatcherTest, ACommitElsewhereIsToldAndARollbackIsNot)
{
    QSqlQuery theirs(colleague->storage().connection());
    ASSERT_TRUE(theirs.exec(u"BEGIN"_s));
    ASSERT_TRUE(theirs.exec(u"INSERT INTO field (name, name_folded) VALUES ('Kinh tế', 'kinh te')"_s));
    ASSERT_TRUE(theirs.exec(u"ROLLBACK"_s));
    EXPECT_FALSE(toldWithin(1000));

    TestData(colleague->repositories()).addUnit(u"Xã Tân Phú"_s);
    EXPECT_TRUE(toldWithin(2000));
}

// The listening connection dropped (the server restarted, the network went): it is opened again
// and listens again, saying that something may have changed meanwhile.
TEST_F(ServerChangeWatcherTest, ALostListeningConnectionListensAgain)
{
    ASSERT_TRUE(server.run(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE datname = current_database() AND query LIKE 'LISTEN%'"_s));
    EXPECT_TRUE(toldWithin(3 * 5000)) << "the watcher did not come back";
    told->clear();
    TestData(colleague->repositories()).addUnit(u"Xã Tân Phú"_s);
    EXPECT_TRUE(toldWithin(2000));
}

// The server gone for good (stopped, the network cut): the watcher says so at its next check, with
// why, and says when it is back, so that the window can say both. Nothing was said before: the
// window went on showing what it had read, for minutes, as if nothing had happened.
TEST_F(ServerChangeWatcherTest, AServerThatGoesAwayIsToldAndSoIsItsReturn)
{
    QSignalSpy lost(watcher.get(), &ChangeWatcher::connectionLost);
    QSignalSpy back(watcher.get(), &ChangeWatcher::connectionBack);
    ASSERT_TRUE(server.stopServing());
    ASSERT_TRUE(QTest::qWaitFor([&] { return lost.count() > 0; }, 3 * ServerListener::CheckMs)) << "the loss was not told";
    EXPECT_FALSE(lost.first().first().toString().isEmpty());
    EXPECT_EQ(back.count(), 0);
    QTest::qWait(ServerListener::CheckMs + 500);
    EXPECT_EQ(lost.count(), 1) << "told once, not at every check";

    ASSERT_TRUE(server.serveAgain());
    ASSERT_TRUE(QTest::qWaitFor([&] { return back.count() > 0; }, 3 * ServerListener::CheckMs)) << "the return was not told";
    told->clear();
    TestData(colleague->repositories()).addUnit(u"Xã Tân Phú"_s);
    EXPECT_TRUE(toldWithin(2000));
}
