#include "PasswordHash.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using dotpha::PasswordHash;

// Published PBKDF2-HMAC-SHA256 test vectors (RFC 7914, section 11, and the RFC 6070 inputs).
TEST(PasswordHash, MatchesPublishedPbkdf2Vectors)
{
    EXPECT_EQ(PasswordHash::pbkdf2Sha256("password", "salt", 1, 32).toHex(),
              "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    EXPECT_EQ(PasswordHash::pbkdf2Sha256("password", "salt", 2, 32).toHex(),
              "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
    EXPECT_EQ(PasswordHash::pbkdf2Sha256("passwd", "salt", 1, 64).toHex(),
              "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
              "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
}

TEST(PasswordHash, AcceptsTheRightPasswordOnly)
{
    const PasswordHash hash = PasswordHash::create(u"Mật khẩu 2021"_s, 1000);
    EXPECT_TRUE(hash.matches(u"Mật khẩu 2021"_s));
    EXPECT_FALSE(hash.matches(u"Mat khau 2021"_s));
    EXPECT_FALSE(hash.matches(QString()));
}

TEST(PasswordHash, SaltsEachHash)
{
    const PasswordHash first = PasswordHash::create(u"secret"_s, 10);
    const PasswordHash second = PasswordHash::create(u"secret"_s, 10);
    EXPECT_NE(first.salt(), second.salt());
    EXPECT_NE(first.hash(), second.hash());
}

TEST(PasswordHash, UnsetHashMatchesNothing)
{
    EXPECT_FALSE(PasswordHash().matches(QString()));
}
