#include "ServerConnection.h"
#include "ServerDatabase.h"
#include "ServerSchemaMigrations.h"
#include "TestServer.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

std::string messageOf(const Error &error)
{
    return error.message().toStdString();
}

QStringList column(ServerConnection &connection, const QString &sql)
{
    QStringList values;
    QSqlQuery query(connection.connection());
    EXPECT_TRUE(query.exec(sql)) << query.lastError().text().toStdString();
    while (query.next())
        values << query.value(0).toString();
    return values;
}

} // namespace

TEST(ServerDatabase, AnEmptyDatabaseIsPreparedOnceThenOpens)
{
    DOTPHA_NEEDS_TEST_SERVER();
    TemporaryServerDatabase temporary;
    ASSERT_TRUE(temporary.ok()) << temporary.why().toStdString();

    const auto unprepared = ServerDatabase::open(temporary.address());
    ASSERT_FALSE(unprepared);
    EXPECT_TRUE(unprepared.error().message().contains(u"server init"_s)) << messageOf(unprepared.error());

    const Result<int> prepared = ServerDatabase::prepare(temporary.address());
    ASSERT_TRUE(prepared) << messageOf(prepared.error());
    EXPECT_EQ(*prepared, ServerSchemaMigrations::currentVersion());
    const Result<int> again = ServerDatabase::prepare(temporary.address());
    ASSERT_TRUE(again) << messageOf(again.error());
    EXPECT_EQ(*again, ServerSchemaMigrations::currentVersion());

    auto opened = ServerDatabase::open(temporary.address());
    ASSERT_TRUE(opened) << messageOf(opened.error());
    EXPECT_EQ((*opened)->schemaVersion(), ServerSchemaMigrations::currentVersion());
    EXPECT_EQ(column((*opened)->server(), u"SELECT count(*) FROM dotpha_database"_s), QStringList{u"1"_s});
}

// Names sort as Vietnamese readers expect (Ấ after A, Đ after every D) by the server's collation,
// whatever the ICU of the PC that asks. The bytes' order would put Ấp last; English rules would put
// Đa before Dương.
TEST(ServerDatabase, NamesSortInVietnameseOrderOnTheServer)
{
    DOTPHA_NEEDS_TEST_SERVER();
    TemporaryServerDatabase temporary;
    ASSERT_TRUE(temporary.ok()) << temporary.why().toStdString();
    ASSERT_TRUE(ServerDatabase::prepare(temporary.address()));
    auto opened = ServerDatabase::open(temporary.address());
    ASSERT_TRUE(opened) << messageOf(opened.error());
    ServerConnection &connection = (*opened)->server();
    QSqlQuery insert(connection.connection());
    for (const QString &name : {u"Xã Đa Phúc"_s, u"Xã Ấp Bắc"_s, u"Xã Dương Hòa"_s, u"Xã An Tường"_s}) {
        ASSERT_TRUE(insert.prepare(u"INSERT INTO unit (name, name_folded, kind) VALUES (?, '', 'commune')"_s));
        insert.addBindValue(name);
        ASSERT_TRUE(insert.exec()) << insert.lastError().text().toStdString();
    }
    EXPECT_EQ(column(connection, u"SELECT name FROM unit ORDER BY name"_s),
              (QStringList{u"Xã An Tường"_s, u"Xã Ấp Bắc"_s, u"Xã Dương Hòa"_s, u"Xã Đa Phúc"_s}));
    EXPECT_NE(column(connection, u"SELECT name FROM unit ORDER BY name COLLATE \"C\""_s),
              column(connection, u"SELECT name FROM unit ORDER BY name"_s));
}

TEST(ServerDatabase, ADatabaseOfSomethingElseIsNeitherOpenedNorChanged)
{
    DOTPHA_NEEDS_TEST_SERVER();
    TemporaryServerDatabase temporary;
    ASSERT_TRUE(temporary.ok()) << temporary.why().toStdString();
    ASSERT_TRUE(temporary.run(u"CREATE TABLE orders (id integer PRIMARY KEY)"_s));

    const auto opened = ServerDatabase::open(temporary.address());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind(), Error::Kind::Refused);
    EXPECT_TRUE(opened.error().message().contains(u"not Dotpha's"_s)) << messageOf(opened.error());
    const Result<int> prepared = ServerDatabase::prepare(temporary.address());
    ASSERT_FALSE(prepared);
    EXPECT_TRUE(prepared.error().message().contains(u"not Dotpha's"_s)) << messageOf(prepared.error());

    const auto look = ServerConnection::open(temporary.address());
    ASSERT_TRUE(look);
    EXPECT_EQ(column(**look, u"SELECT tablename FROM pg_tables WHERE schemaname = 'public'"_s), QStringList{u"orders"_s});
}

TEST(ServerDatabase, ADatabaseOfANewerDotphaIsRefusedNamingBothVersions)
{
    DOTPHA_NEEDS_TEST_SERVER();
    TemporaryServerDatabase temporary;
    ASSERT_TRUE(temporary.ok()) << temporary.why().toStdString();
    ASSERT_TRUE(ServerDatabase::prepare(temporary.address()));
    const int newer = ServerSchemaMigrations::currentVersion() + 1;
    ASSERT_TRUE(temporary.run(u"UPDATE dotpha_database SET schema_version = %1"_s.arg(newer)));

    const auto opened = ServerDatabase::open(temporary.address());
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().message().contains(u"newer Dotpha"_s)) << messageOf(opened.error());
    EXPECT_TRUE(opened.error().message().contains(QString::number(newer))) << messageOf(opened.error());
    const Result<int> prepared = ServerDatabase::prepare(temporary.address());
    ASSERT_FALSE(prepared);
    EXPECT_TRUE(prepared.error().message().contains(u"nothing was changed"_s)) << messageOf(prepared.error());
}
