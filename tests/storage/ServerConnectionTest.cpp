#include "ServerAddress.h"
#include "ServerConnection.h"
#include "TestServer.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

std::unique_ptr<ServerConnection> connect(const ServerAddress &address = TestServer::address())
{
    Result<std::unique_ptr<ServerConnection>> opened = ServerConnection::open(address);
    EXPECT_TRUE(opened) << opened.error().message().toStdString();
    return opened ? std::move(opened).value() : nullptr;
}

bool run(ServerConnection &connection, const QString &sql)
{
    QSqlQuery query(connection.connection());
    const bool done = query.exec(sql);
    EXPECT_TRUE(done) << sql.toStdString() << ": " << query.lastError().text().toStdString();
    return done;
}

Error failureOf(ServerConnection &connection, const QString &sql)
{
    QSqlQuery query(connection.connection());
    EXPECT_FALSE(query.exec(sql)) << sql.toStdString();
    return connection.errorOf(query.lastError());
}

// A table of this test's own, so that suites running at once on the server keep apart.
QString tableFor(ServerConnection &connection, const QString &purpose)
{
    QSqlQuery query(connection.connection());
    EXPECT_TRUE(query.exec(u"SELECT pg_backend_pid()"_s) && query.next());
    return u"dotpha_test_%1_%2"_s.arg(purpose).arg(query.value(0).toInt());
}

} // namespace

TEST(ServerAddress, ReadsAConnectionUriAsLibpqWritesIt)
{
    const auto address = ServerAddress::parse(u"postgresql://lan@10.0.0.5:5433/dotpha?sslmode=require&connect_timeout=3"_s);
    ASSERT_TRUE(address);
    EXPECT_EQ(address->host, u"10.0.0.5"_s);
    EXPECT_EQ(address->port, 5433);
    EXPECT_EQ(address->login, u"lan"_s);
    EXPECT_EQ(address->database, u"dotpha"_s);
    EXPECT_EQ(address->options, u"sslmode=require;connect_timeout=3"_s);
    EXPECT_EQ(address->displayName(), u"lan@10.0.0.5:5433/dotpha"_s);
    const auto again = ServerAddress::parse(address->toUri());
    ASSERT_TRUE(again);
    EXPECT_EQ(again->displayName(), address->displayName());
    EXPECT_EQ(again->options, address->options);

    const auto fromEnvironment = ServerAddress::parse(u"postgres:///dotpha"_s);   // host and port left to libpq
    ASSERT_TRUE(fromEnvironment);
    EXPECT_TRUE(fromEnvironment->host.isEmpty());
    EXPECT_EQ(fromEnvironment->port, 0);
    EXPECT_EQ(fromEnvironment->database, u"dotpha"_s);
    EXPECT_EQ(fromEnvironment->toUri(), u"postgresql:///dotpha"_s);
}

TEST(ServerAddress, RefusesPasswordsAndWhatIsNotAServer)
{
    EXPECT_FALSE(ServerAddress::isServerAddress(u"C:/Dotpha/yen-son.sqlite"_s));
    EXPECT_FALSE(ServerAddress::parse(u"/home/lan/yen-son.sqlite"_s));
    EXPECT_FALSE(ServerAddress::parse(u"postgresql://lan:secret@server/dotpha"_s)) << "the server keeps passwords";
    EXPECT_FALSE(ServerAddress::parse(u"postgresql://server/dotpha?password=secret"_s));
    EXPECT_FALSE(ServerAddress::parse(u"postgresql://server/dotpha?options=a;b"_s));
    EXPECT_FALSE(ServerAddress::parse(u"postgresql://server/dotpha?sslmode=require%09password%3Dsecret"_s))
        << "a tab would start another libpq keyword";
    EXPECT_FALSE(ServerAddress::parse(u"postgresql://server/dotpha?host=elsewhere"_s)) << "where is the URI's own part";
    EXPECT_FALSE(ServerAddress::parse(u"postgresql://server:99999/dotpha"_s));
    EXPECT_FALSE(ServerAddress::parse(u"postgresql://server/a/b"_s));
}

TEST(ServerConnection, OpensOnTheServerTheEnvironmentNames)
{
    DOTPHA_NEEDS_TEST_SERVER();
    const auto connection = connect();
    ASSERT_TRUE(connection);
    EXPECT_GE(connection->serverVersion(), ServerConnection::MinimumServerVersion);
    QSqlQuery query(connection->connection());
    ASSERT_TRUE(query.exec(u"SELECT current_setting('application_name')"_s) && query.next());
    EXPECT_EQ(query.value(0).toString(), u"Dotpha"_s);
}

TEST(ServerConnection, AServerThatDoesNotAnswerIsNamed)
{
    DOTPHA_NEEDS_TEST_SERVER();
    ServerAddress address = TestServer::explicitAddress();
    address.port = 1;   // nothing listens there
    const auto refused = ServerConnection::open(address);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), Error::Kind::Connection);
    EXPECT_TRUE(refused.error().message().contains(u"does not answer"_s)) << refused.error().message().toStdString();
    EXPECT_TRUE(refused.error().message().contains(address.displayName())) << refused.error().message().toStdString();
}

TEST(ServerConnection, ARefusedLoginAndAMissingDatabaseAreToldApart)
{
    DOTPHA_NEEDS_TEST_SERVER();
    ServerAddress stranger = TestServer::address();
    stranger.login = u"no_such_login"_s;
    const auto login = ServerConnection::open(stranger, u"wrong"_s);
    ASSERT_FALSE(login);
    EXPECT_EQ(login.error().kind(), Error::Kind::Connection);
    EXPECT_TRUE(login.error().message().contains(u"refused the login"_s)) << login.error().message().toStdString();

    ServerAddress elsewhere = TestServer::address();
    elsewhere.database = u"no_such_database"_s;
    const auto database = ServerConnection::open(elsewhere);
    ASSERT_FALSE(database);
    EXPECT_TRUE(database.error().message().contains(u"no database named “no_such_database”"_s))
        << database.error().message().toStdString();
}

// A database shut to connections for maintenance (or a server starting or stopping) is told as
// such: it used to be told as a wrong login, and the user typed the password again and again.
TEST(ServerConnection, ADatabaseShutForMaintenanceIsNotAWrongLogin)
{
    DOTPHA_NEEDS_TEST_SERVER();
    TemporaryServerDatabase server(TemporaryServerDatabase::Contents::Empty);
    ASSERT_TRUE(server.ok()) << server.why().toStdString();
    ASSERT_TRUE(server.stopServing());
    const auto refused = ServerConnection::open(server.address());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), Error::Kind::Connection);
    EXPECT_FALSE(refused.error().message().contains(u"refused the login"_s)) << refused.error().message().toStdString();
    EXPECT_TRUE(refused.error().message().contains(u"maintenance"_s)) << refused.error().message().toStdString();
    server.serveAgain();
}

// A server with every connection slot taken (or a login at its limit) is told as busy, not as a
// wrong password, which the user would type again and again.
TEST(ServerConnection, AServerWithNoConnectionLeftIsToldAsBusy)
{
    DOTPHA_NEEDS_TEST_SERVER();
    const auto administrator = connect();
    ASSERT_TRUE(administrator);
    const QString role = u"dotpha_test_busy_%1"_s.arg(QCoreApplication::applicationPid());
    ASSERT_TRUE(run(*administrator, u"CREATE ROLE %1 LOGIN PASSWORD 'mật khẩu' CONNECTION LIMIT 0"_s.arg(role)));
    ServerAddress busy = TestServer::address();
    busy.login = role;
    const auto refused = ServerConnection::open(busy, u"mật khẩu"_s);
    run(*administrator, u"DROP ROLE %1"_s.arg(role));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), Error::Kind::Connection);
    EXPECT_TRUE(refused.error().message().contains(u"too many"_s)) << refused.error().message().toStdString();
}

// The server restarted or the network dropped: the statement fails as a lost connection, which
// the user is told as such, not as a damaged database.
TEST(ServerConnection, ALostConnectionIsToldAsLost)
{
    DOTPHA_NEEDS_TEST_SERVER();
    const auto clerk = connect();
    const auto administrator = connect();
    ASSERT_TRUE(clerk && administrator);
    QSqlQuery pid(clerk->connection());
    ASSERT_TRUE(pid.exec(u"SELECT pg_backend_pid()"_s) && pid.next());
    ASSERT_TRUE(run(*administrator, u"SELECT pg_terminate_backend(%1)"_s.arg(pid.value(0).toInt())));
    const Error lost = failureOf(*clerk, u"SELECT 1"_s);
    EXPECT_EQ(lost.kind(), Error::Kind::Connection) << lost.detail().toStdString();
    EXPECT_TRUE(clerk->isLost());
}

TEST(ServerConnection, TheServersRefusalsAreToldByTheirCode)
{
    DOTPHA_NEEDS_TEST_SERVER();
    const auto connection = connect();
    ASSERT_TRUE(connection);
    const QString units = tableFor(*connection, u"unit"_s);
    const QString tasks = tableFor(*connection, u"task"_s);
    ASSERT_TRUE(run(*connection, u"CREATE TEMP TABLE %1 (id integer PRIMARY KEY, name text UNIQUE)"_s.arg(units)));
    ASSERT_TRUE(run(*connection, u"CREATE TEMP TABLE %1 (id integer PRIMARY KEY, unit_id integer REFERENCES %2)"_s
                                     .arg(tasks, units)));
    ASSERT_TRUE(run(*connection, u"INSERT INTO %1 VALUES (1, 'Xã Mỹ Bằng')"_s.arg(units)));

    const Error unique = failureOf(*connection, u"INSERT INTO %1 VALUES (2, 'Xã Mỹ Bằng')"_s.arg(units));
    EXPECT_EQ(unique.kind(), Error::Kind::Validation);
    EXPECT_TRUE(unique.message().contains(u"same name"_s)) << unique.message().toStdString();
    EXPECT_TRUE(unique.detail().startsWith(u"23505"_s)) << unique.detail().toStdString();

    const Error reference = failureOf(*connection, u"INSERT INTO %1 VALUES (1, 99)"_s.arg(tasks));
    EXPECT_EQ(reference.kind(), Error::Kind::Validation);
    EXPECT_TRUE(reference.detail().startsWith(u"23503"_s)) << reference.detail().toStdString();
    EXPECT_FALSE(connection->isLost());
}

// Two colleagues saving the same record in serializable transactions: the second is stopped and
// told to try again, not shown a database error.
TEST(ServerConnection, ASaveThatMetAColleaguesIsToldToTryAgain)
{
    DOTPHA_NEEDS_TEST_SERVER();
    const auto first = connect();
    const auto second = connect();
    ASSERT_TRUE(first && second);
    const QString table = tableFor(*first, u"serial"_s);
    ASSERT_TRUE(run(*first, u"CREATE TABLE %1 (id integer PRIMARY KEY, title text)"_s.arg(table)));
    ASSERT_TRUE(run(*first, u"INSERT INTO %1 VALUES (1, 'Đô thị loại V')"_s.arg(table)));

    ASSERT_TRUE(run(*first, u"BEGIN ISOLATION LEVEL SERIALIZABLE"_s));
    ASSERT_TRUE(run(*first, u"SELECT title FROM %1 WHERE id = 1"_s.arg(table)));
    ASSERT_TRUE(run(*second, u"UPDATE %1 SET title = 'Đất công ích' WHERE id = 1"_s.arg(table)));
    const Error met = failureOf(*first, u"UPDATE %1 SET title = 'Chợ đêm' WHERE id = 1"_s.arg(table));
    EXPECT_EQ(met.kind(), Error::Kind::Locked);
    EXPECT_TRUE(met.detail().startsWith(u"40001"_s)) << met.detail().toStdString();
    run(*first, u"ROLLBACK"_s);
    run(*first, u"DROP TABLE %1"_s.arg(table));
}
