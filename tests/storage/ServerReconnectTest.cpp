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

// The server restarted or the network dropped while Dotpha was open: the save that meets the lost
// connection fails as lost, with nothing written; the next one connects again and saves, reads
// work again, and the trail goes on whole.
TEST(ServerReconnect, AfterALostConnectionTheNextSaveConnectsAgain)
{
    DOTPHA_NEEDS_TEST_SERVER();
    TemporaryServerDatabase server(TemporaryServerDatabase::Contents::Prepared);
    ASSERT_TRUE(server.ok()) << server.why().toStdString();
    auto opened = Workspace::openServer(server.address());
    ASSERT_TRUE(opened) << opened.error().message().toStdString();
    std::unique_ptr<Workspace> workspace = std::move(opened).value();
    Repositories &repositories = workspace->repositories();
    TestData(repositories).addUnit(u"Xã Tân Phú"_s);

    QSqlQuery pid(workspace->storage().connection());
    ASSERT_TRUE(pid.exec(u"SELECT pg_backend_pid()"_s) && pid.next());
    ASSERT_TRUE(server.run(u"SELECT pg_terminate_backend(%1)"_s.arg(pid.value(0).toInt())));
    pid.finish();

    Unit unit;
    unit.name = u"Xã Mỹ Bằng"_s;
    unit.kind = UnitKind::Commune;
    const Result<qint64> lost = repositories.units.add(unit);
    ASSERT_FALSE(lost);
    EXPECT_EQ(lost.error().kind(), Error::Kind::Connection) << lost.error().message().toStdString();

    const Result<qint64> again = repositories.units.add(unit);
    ASSERT_TRUE(again) << again.error().message().toStdString();
    const Result<QList<Unit>> units = repositories.units.all();
    ASSERT_TRUE(units) << units.error().message().toStdString();
    EXPECT_EQ(units->size(), 2);
    const Result<QStringList> problems = AuditChain::verify(workspace->storage());
    ASSERT_TRUE(problems) << problems.error().message().toStdString();
    EXPECT_TRUE(problems->isEmpty()) << problems->join(u"; "_s).toStdString();
}

// Was: a read that met the lost connection said "what was being saved was not saved".
TEST(ServerReconnect, AReadThatMeetsALostConnectionSaysNothingOfSaving)
{
    DOTPHA_NEEDS_TEST_SERVER();
    TemporaryServerDatabase server(TemporaryServerDatabase::Contents::Prepared);
    ASSERT_TRUE(server.ok()) << server.why().toStdString();
    auto opened = Workspace::openServer(server.address());
    ASSERT_TRUE(opened) << opened.error().message().toStdString();
    std::unique_ptr<Workspace> workspace = std::move(opened).value();
    QSqlQuery pid(workspace->storage().connection());
    ASSERT_TRUE(pid.exec(u"SELECT pg_backend_pid()"_s) && pid.next());
    ASSERT_TRUE(server.run(u"SELECT pg_terminate_backend(%1)"_s.arg(pid.value(0).toInt())));
    pid.finish();
    const Result<QList<Unit>> units = workspace->repositories().units.all();
    ASSERT_FALSE(units);
    EXPECT_EQ(units.error().kind(), Error::Kind::Connection);
    EXPECT_FALSE(units.error().message().contains(u"saved"_s)) << units.error().message().toStdString();
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
