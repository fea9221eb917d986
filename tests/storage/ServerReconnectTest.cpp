#include "AuditChain.h"
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
