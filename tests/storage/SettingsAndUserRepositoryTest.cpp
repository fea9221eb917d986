#include "CommitteeSettingsRepository.h"
#include "TemporaryDatabase.h"
#include "TestData.h"
#include "UserRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

TEST(CommitteeSettingsRepository, AbsentUntilSavedThenVersioned)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    CommitteeSettingsRepository &settings = workspace->repositories().settings;
    ASSERT_TRUE(settings.load().ok());
    EXPECT_FALSE(settings.load().value().has_value());

    CommitteeSettings yenSon;
    yenSon.committeeName = u"Huyện ủy Yên Sơn"_s;
    yenSon.superiorBody = u"Đảng bộ tỉnh Tuyên Quang"_s;
    yenSon.issuerSymbol = u"HU"_s;
    yenSon.marginLeftMm = 35;
    ASSERT_EQ(*settings.save(yenSon), 1);

    CommitteeSettings read = *settings.load().value();
    EXPECT_EQ(read.committeeName, u"Huyện ủy Yên Sơn"_s);
    EXPECT_EQ(read.marginLeftMm, 35);
    EXPECT_EQ(read.marginTopMm, 20);
    read.committeeName = u"Đảng ủy xã Yên Sơn"_s;
    ASSERT_EQ(*settings.save(read), 2);
    EXPECT_EQ(settings.save(read).error().kind(), Error::Kind::Conflict);
}

TEST(UserRepository, StoresOnlyTheSaltedHash)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    UserRepository &users = workspace->repositories().users;
    User user;
    user.login = u"vanthu"_s;
    user.displayName = u"Văn thư Huyện ủy"_s;
    user.role = UserRole::Clerk;
    user.password = PasswordHash::create(u"Mật-khẩu-bí-mật"_s, 1000);
    ASSERT_TRUE(users.add(user).ok());

    const auto found = users.findByLogin(u"VANTHU"_s);
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_EQ(found.value()->role, UserRole::Clerk);
    EXPECT_TRUE(found.value()->password.matches(u"Mật-khẩu-bí-mật"_s));

    QSqlQuery query(workspace->storage().connection());
    ASSERT_TRUE(query.exec(u"SELECT * FROM app_user"_s));
    ASSERT_TRUE(query.next());
    for (int column = 0; column < query.record().count(); ++column)
        EXPECT_FALSE(query.value(column).toString().contains(u"bí-mật"_s));

    User duplicate = user;
    duplicate.login = u"VanThu"_s;
    EXPECT_FALSE(users.add(duplicate).ok());
    EXPECT_EQ(users.all()->size(), 1);
}

TEST(UserRepository, RefusesAUserWithoutPassword)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    User user;
    user.login = u"admin"_s;
    user.displayName = u"Quản trị"_s;
    const Result<qint64> added = workspace->repositories().users.add(user);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().kind(), Error::Kind::Validation);
}
