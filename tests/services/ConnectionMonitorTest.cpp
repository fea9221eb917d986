#include "ChangeFeed.h"
#include "ChangeWatcher.h"
#include "ConnectionMonitor.h"
#include "ServiceFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

class ConnectionMonitorTest : public ServiceFixture
{
protected:
    void SetUp() override
    {
        ServiceFixture::SetUp();
        feed = std::make_unique<ChangeFeed>(workspace->repositories());
        ASSERT_TRUE(feed->start(&watcher).ok());
        monitor = std::make_unique<ConnectionMonitor>(workspace->repositories(), *feed);
        monitor->watch(watcher);
    }

    ChangeWatcher watcher;   // told by hand what a listener would tell
    std::unique_ptr<ChangeFeed> feed;
    std::unique_ptr<ConnectionMonitor> monitor;
};

} // namespace

// The listener lost and told so, the session is offline until it listens again; but a save that
// commits on the working connection proves that connection answers, and the session is back at
// once. Was: offline for good when only the listener could not connect again (a connection
// limit), though saves went through.
TEST_F(ConnectionMonitorTest, ASaveThatCommitsBringsTheSessionBack)
{
    QSignalSpy back(monitor.get(), &ConnectionMonitor::cameBack);
    Q_EMIT watcher.connectionLost(u"the listener cannot connect"_s);
    ASSERT_FALSE(monitor->isOnline());
    Task edited = reread(task.id);
    edited.content = u"Rà soát quy hoạch"_s;
    ASSERT_TRUE(tasks->update(edited).ok());
    EXPECT_TRUE(QTest::qWaitFor([&] { return monitor->isOnline(); }, 5000));
    EXPECT_EQ(back.count(), 1);
}

// A lost connection is told once, however many reads meet it.
TEST_F(ConnectionMonitorTest, ALossIsToldOnce)
{
    QSignalSpy lost(monitor.get(), &ConnectionMonitor::wentOffline);
    const Error gone(Error::Kind::Connection, u"lost"_s);
    monitor->notice(gone);
    monitor->notice(gone);
    Q_EMIT watcher.connectionLost(u"lost"_s);
    EXPECT_EQ(lost.count(), 1);
    monitor->notice(Error(Error::Kind::Validation, u"not a loss"_s));
    EXPECT_FALSE(monitor->isOnline());
}
