#include "AuditChain.h"
#include "TransactionRunner.h"
#include "TestData.h"
#include "TestServer.h"
#include "UnitRepository.h"
#include "Workspace.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

void terminateWorkingConnection(Workspace &workspace, const TemporaryServerDatabase &server)
{
    QSqlQuery pid(workspace.storage().connection());
    ASSERT_TRUE(pid.exec(u"SELECT pg_backend_pid()"_s) && pid.next());
    ASSERT_TRUE(server.run(u"SELECT pg_terminate_backend(%1)"_s.arg(pid.value(0).toInt())));
    pid.finish();
}

Unit commune(const QString &name)
{
    Unit unit;
    unit.name = name;
    unit.kind = UnitKind::Commune;
    return unit;
}

} // namespace

// The server restarted (or the network came back) while Dotpha was open: the save that meets the
// lost connection finds it at BEGIN, where nothing has been written, connects again and saves; the
// trail goes on whole. It used to fail with "what was being saved was not saved", and only the
// next one saved.
TEST(ServerReconnect, ASaveThatMeetsALostConnectionConnectsAgainAndSaves)
{
    DOTPHA_NEEDS_TEST_SERVER();
    TemporaryServerDatabase server(TemporaryServerDatabase::Contents::Prepared);
    ASSERT_TRUE(server.ok()) << server.why().toStdString();
    auto opened = Workspace::openServer(server.address());
    ASSERT_TRUE(opened) << opened.error().message().toStdString();
    std::unique_ptr<Workspace> workspace = std::move(opened).value();
    Repositories &repositories = workspace->repositories();
    TestData(repositories).addUnit(u"Xã Tân Phú"_s);
    terminateWorkingConnection(*workspace, server);

    const Result<qint64> saved = repositories.units.add(commune(u"Xã Mỹ Bằng"_s));
    ASSERT_TRUE(saved) << saved.error().message().toStdString();
    const Result<QList<Unit>> units = repositories.units.all();
    ASSERT_TRUE(units) << units.error().message().toStdString();
    EXPECT_EQ(units->size(), 2);
    const Result<QStringList> problems = AuditChain::verify(workspace->storage());
    ASSERT_TRUE(problems) << problems.error().message().toStdString();
    EXPECT_TRUE(problems->isEmpty()) << problems->join(u"; "_s).toStdString();
}

// A read outside a transaction that meets a lost connection connects again and reads: the panes
// of a window left open over a server restart fill again at the next click.
TEST(ServerReconnect, AReadThatMeetsALostConnectionConnectsAgain)
{
    DOTPHA_NEEDS_TEST_SERVER();
    TemporaryServerDatabase server(TemporaryServerDatabase::Contents::Prepared);
    ASSERT_TRUE(server.ok()) << server.why().toStdString();
    auto opened = Workspace::openServer(server.address());
    ASSERT_TRUE(opened) << opened.error().message().toStdString();
    std::unique_ptr<Workspace> workspace = std::move(opened).value();
    TestData(workspace->repositories()).addUnit(u"Xã Tân Phú"_s);
    terminateWorkingConnection(*workspace, server);
    const Result<QList<Unit>> units = workspace->repositories().units.all();
    ASSERT_TRUE(units) << units.error().message().toStdString();
    EXPECT_EQ(units->size(), 1);
}

// While the server stays away, reads and saves fail as a lost connection; a read says nothing of
// saving (it used to say "what was being saved was not saved"). Once it serves again, both work.
TEST(ServerReconnect, DuringAnOutageReadsAndSavesSaySoAndWorkAgainAfter)
{
    DOTPHA_NEEDS_TEST_SERVER();
    TemporaryServerDatabase server(TemporaryServerDatabase::Contents::Prepared);
    ASSERT_TRUE(server.ok()) << server.why().toStdString();
    auto opened = Workspace::openServer(server.address());
    ASSERT_TRUE(opened) << opened.error().message().toStdString();
    std::unique_ptr<Workspace> workspace = std::move(opened).value();
    Repositories &repositories = workspace->repositories();
    ASSERT_TRUE(server.stopServing());

    const Result<QList<Unit>> read = repositories.units.all();
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().kind(), Error::Kind::Connection) << read.error().message().toStdString();
    EXPECT_FALSE(read.error().message().contains(u"saved"_s)) << read.error().message().toStdString();
    const Result<qint64> save = repositories.units.add(commune(u"Xã Mỹ Bằng"_s));
    ASSERT_FALSE(save);
    EXPECT_EQ(save.error().kind(), Error::Kind::Connection) << save.error().message().toStdString();

    ASSERT_TRUE(server.serveAgain());
    const Result<qint64> saved = repositories.units.add(commune(u"Xã Mỹ Bằng"_s));
    ASSERT_TRUE(saved) << saved.error().message().toStdString();
    const Result<QList<Unit>> units = repositories.units.all();
    ASSERT_TRUE(units) << units.error().message().toStdString();
    EXPECT_EQ(units->size(), 1);
}

// Was: a colleague's long import made another clerk's save fail with "current transaction is
// aborted" (25P02): the lock's timeout went unread after BEGIN, and the save's first statement
// met the aborted transaction.
TEST(ServerLockWait, ASaveThatWaitsTooLongForAColleaguesSaysSo)
{
    DOTPHA_NEEDS_TEST_SERVER();
    TemporaryServerDatabase server(TemporaryServerDatabase::Contents::Prepared);
    ASSERT_TRUE(server.ok()) << server.why().toStdString();
    auto colleague = Workspace::openServer(server.address());
    auto mine = Workspace::openServer(server.address());
    ASSERT_TRUE(colleague && mine);
    ASSERT_TRUE(mine.value()->setLockWait(200).ok());
    Unit unit;
    unit.name = u"Xã Mỹ Bằng"_s;
    unit.kind = UnitKind::Commune;
    Result<qint64> mySave = Error(Error::Kind::Storage, QString());
    const Status colleagues = colleague.value()->repositories().transactions.inTransaction([&]() -> Status {
        TestData(colleague.value()->repositories()).addUnit(u"Xã Tân Phú"_s);
        mySave = mine.value()->repositories().units.add(unit);
        return {};
    });
    ASSERT_TRUE(colleagues.ok()) << colleagues.error().message().toStdString();
    ASSERT_FALSE(mySave.ok());
    EXPECT_EQ(mySave.error().kind(), Error::Kind::Locked) << mySave.error().detail().toStdString();
    EXPECT_TRUE(mySave.error().message().contains(u"colleague"_s)) << mySave.error().message().toStdString();
    EXPECT_TRUE(mySave.error().detail().startsWith(u"55P03"_s)) << mySave.error().detail().toStdString();
    EXPECT_TRUE(mine.value()->repositories().units.add(unit).ok());   // the colleague is done
}

namespace {

QStringList *warningsSeen = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtWarningMsg && warningsSeen)
        warningsSeen->append(message);
}

} // namespace

// Was: every reconnection logged "Unable to free statement: … prepared statement qpsqlpstmt_… does
// not exist" for each statement prepared before, on the connection that no longer knew them.
TEST(ServerReconnect, ConnectingAgainLogsNothingOfTheStatementsLetGo)
{
    DOTPHA_NEEDS_TEST_SERVER();
    TemporaryServerDatabase server(TemporaryServerDatabase::Contents::Prepared);
    ASSERT_TRUE(server.ok()) << server.why().toStdString();
    QStringList warnings;
    {
        auto opened = Workspace::openServer(server.address());
        ASSERT_TRUE(opened) << opened.error().message().toStdString();
        std::unique_ptr<Workspace> workspace = std::move(opened).value();
        Repositories &repositories = workspace->repositories();
        TestData(repositories).addUnit(u"Xã Tân Phú"_s);
        ASSERT_TRUE(repositories.units.all());   // statements prepared on the first connection
        warningsSeen = &warnings;
        const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
        terminateWorkingConnection(*workspace, server);
        const Result<QList<Unit>> read = repositories.units.all();
        EXPECT_TRUE(read) << read.error().message().toStdString() << " " << read.error().detail().toStdString();
        const Result<qint64> added = repositories.units.add(commune(u"Xã Mỹ Bằng"_s));
        EXPECT_TRUE(added) << added.error().message().toStdString();
        EXPECT_TRUE(repositories.units.all());
        workspace.reset();
        qInstallMessageHandler(previous);
        warningsSeen = nullptr;
    }
    EXPECT_TRUE(warnings.isEmpty()) << warnings.join(u'\n').toStdString();
}
