#include "TestServer.h"
#include "Workspace.h"

#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

// A backup from the window runs pg_dump, which knows no password but libpq's file and
// environment: it is given the one typed when connecting, in its environment only.
TEST(ServerBackupPassword, ABackupUsesThePasswordTypedWhenConnecting)
{
    DOTPHA_NEEDS_TEST_SERVER();
    TemporaryServerDatabase server(TemporaryServerDatabase::Contents::Prepared);
    ASSERT_TRUE(server.ok()) << server.why().toStdString();
    const QByteArray password = qgetenv("PGPASSWORD");
    ASSERT_FALSE(password.isEmpty()) << "the test server signs in with a password";
    ServerAddress address = TestServer::explicitAddress();
    address.database = server.address().database;
    qunsetenv("PGPASSWORD");
    const auto restoreEnvironment = qScopeGuard([&] { qputenv("PGPASSWORD", password); });
    auto workspace = Workspace::openServer(address, QString::fromUtf8(password));
    ASSERT_TRUE(workspace) << workspace.error().message().toStdString();
    QTemporaryDir folder;
    const QString dump = folder.filePath(u"sao lưu.dump"_s);
    const Status written = (*workspace)->backupTo(dump);
    ASSERT_TRUE(written) << written.error().message().toStdString();
    QFile file(dump);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.read(5), QByteArray("PGDMP"));
}
