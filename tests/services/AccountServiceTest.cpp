#include "AccountService.h"
#include "TemporaryDatabase.h"
#include "UserRepository.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

class AccountServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        workspace = temporary.open();
        ASSERT_TRUE(workspace);
        accounts = std::make_unique<AccountService>(workspace->repositories(), 1000);   // fast hashes for tests
    }

    User newUser(const QString &login, UserRole role)
    {
        User user;
        user.login = login;
        user.displayName = login.toUpper();
        user.role = role;
        return user;
    }

    TemporaryDatabase temporary;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<AccountService> accounts;
};

TEST_F(AccountServiceTest, TheFirstStartCreatesTheAdministratorOnce)
{
    EXPECT_FALSE(*accounts->hasUsers());
    const Result<User> admin = accounts->createFirstAdministrator(u"quantri"_s, u"Quản trị"_s, u"mật khẩu dài"_s);
    ASSERT_TRUE(admin.ok());
    EXPECT_EQ(admin->role, UserRole::Administrator);
    EXPECT_TRUE(*accounts->hasUsers());
    EXPECT_EQ(accounts->createFirstAdministrator(u"khac"_s, u"Khác"_s, u"mật khẩu dài"_s).error().kind(),
              Error::Kind::Refused);
}

TEST_F(AccountServiceTest, SignInChecksThePasswordAndSaysNothingAboutWhichWasWrong)
{
    ASSERT_TRUE(accounts->createFirstAdministrator(u"quantri"_s, u"Quản trị"_s, u"mật khẩu dài"_s).ok());
    EXPECT_TRUE(accounts->signIn(u"QuanTri"_s, u"mật khẩu dài"_s).ok());
    const Result<User> wrongPassword = accounts->signIn(u"quantri"_s, u"mat khau dai"_s);
    const Result<User> unknown = accounts->signIn(u"ai-do"_s, u"mật khẩu dài"_s);
    ASSERT_FALSE(wrongPassword.ok());
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(wrongPassword.error().message(), unknown.error().message());
}

TEST_F(AccountServiceTest, OnlyAnAdministratorManagesAccounts)
{
    const User admin = *accounts->createFirstAdministrator(u"quantri"_s, u"Quản trị"_s, u"mật khẩu dài"_s);
    const Result<User> clerk = accounts->addUser(admin, newUser(u"vanthu"_s, UserRole::Clerk), u"12345678"_s);
    ASSERT_TRUE(clerk.ok());
    EXPECT_EQ(accounts->addUser(*clerk, newUser(u"khac"_s, UserRole::Reviewer), u"12345678"_s).error().kind(),
              Error::Kind::Refused);
    EXPECT_EQ(accounts->addUser(admin, newUser(u"ngan"_s, UserRole::Clerk), u"1234"_s).error().kind(),
              Error::Kind::Validation);
    EXPECT_EQ(accounts->addUser(admin, newUser(u"VANTHU"_s, UserRole::Clerk), u"12345678"_s).error().kind(),
              Error::Kind::Validation);
    // A clerk changes their own password, not another's.
    ASSERT_TRUE(accounts->setPassword(*clerk, *clerk, u"mật khẩu mới"_s).ok());
    EXPECT_TRUE(accounts->signIn(u"vanthu"_s, u"mật khẩu mới"_s).ok());
    EXPECT_EQ(accounts->setPassword(*clerk, admin, u"mật khẩu mới"_s).error().kind(), Error::Kind::Refused);
}

TEST_F(AccountServiceTest, ADeactivatedAccountCannotSignInAndTheLastAdministratorStays)
{
    const User admin = *accounts->createFirstAdministrator(u"quantri"_s, u"Quản trị"_s, u"mật khẩu dài"_s);
    User clerk = *accounts->addUser(admin, newUser(u"vanthu"_s, UserRole::Clerk), u"12345678"_s);
    clerk.active = false;
    ASSERT_TRUE(accounts->updateUser(admin, clerk).ok());
    EXPECT_EQ(accounts->signIn(u"vanthu"_s, u"12345678"_s).error().kind(), Error::Kind::Refused);

    User demoted = admin;
    demoted.role = UserRole::Reviewer;
    EXPECT_EQ(accounts->updateUser(admin, demoted).error().kind(), Error::Kind::Refused);
    EXPECT_EQ((*workspace->repositories().users.findByLogin(u"quantri"_s))->role, UserRole::Administrator);
}
