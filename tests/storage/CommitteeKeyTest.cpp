#include "CommitteeKeyRepository.h"
#include "OutsideDotpha.h"
#include "SigningKey.h"
#include "TemporaryDatabase.h"
#include "TestBackend.h"
#include "Workspace.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

// The pair a database holds, checked to be one.
std::optional<SigningKey> keyOf(Workspace &workspace)
{
    Result<SigningKey> key = workspace.repositories().committeeKey.signingKey();
    EXPECT_TRUE(key) << (key ? std::string() : key.error().message().toStdString());
    if (!key)
        return std::nullopt;
    const Result<QByteArray> publicKey = workspace.repositories().committeeKey.publicKey();
    EXPECT_TRUE(publicKey && *publicKey == key->publicKey());
    return std::move(key).value();
}

} // namespace

// Each database is a committee of its own from the start: its key is made with it, and another
// database's is another key.
TEST(CommitteeKey, EveryNewDatabaseHasAKeyPairOfItsOwn)
{
    TemporaryDatabase first;
    TemporaryDatabase second;
    auto one = first.open();
    auto other = second.open();
    ASSERT_TRUE(one && other);
    const std::optional<SigningKey> key = keyOf(*one);
    const std::optional<SigningKey> otherKey = keyOf(*other);
    ASSERT_TRUE(key && otherKey);
    EXPECT_NE(key->publicKey(), otherKey->publicKey());
    one.reset();
    one = first.open();
    ASSERT_TRUE(one);
    const std::optional<SigningKey> reopened = keyOf(*one);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(reopened->publicKey(), key->publicKey()) << "the key is kept, never made again";
}

TEST(CommitteeKey, AnOlderFileGainsAKeyAsItIsUpgraded)
{
    DOTPHA_FILE_ONLY("a file written by an earlier version");
    TemporaryDatabase temporary;
    ASSERT_TRUE(QFile::copy(QStringLiteral(DOTPHA_STORAGE_TEST_DATA "/version-2-sample.sqlite"), temporary.path()));
    QFile::setPermissions(temporary.path(), QFile::ReadOwner | QFile::WriteOwner);
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    EXPECT_TRUE(keyOf(*workspace));
}

// A private key replaced outside Dotpha would sign as another committee under this one's name.
TEST(CommitteeKey, APairThatIsNotOneSignsNothing)
{
    DOTPHA_FILE_ONLY("a file changed with SQLite's own shell");
    TemporaryDatabase temporary;
    ASSERT_TRUE(temporary.open());
    const QByteArray otherPrivateKey = SigningKey::generate()->privateKey();
    changeOutsideDotpha(temporary.path(),
                        u"UPDATE committee_key SET private_key = X'%1'"_s.arg(QString::fromLatin1(otherPrivateKey.toHex())));
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    const Result<SigningKey> key = workspace->repositories().committeeKey.signingKey();
    ASSERT_FALSE(key);
    EXPECT_TRUE(key.error().message().contains(u"not a pair"_s)) << key.error().message().toStdString();
}
