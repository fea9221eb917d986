#include "SigningKey.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;

namespace {

SigningKey newKey()
{
    Result<SigningKey> key = SigningKey::generate();
    EXPECT_TRUE(key) << (key ? std::string() : key.error().message().toStdString());
    return std::move(key).value();
}

} // namespace

TEST(SigningKey, ASignatureVerifiesOnlyForItsMessageAndItsKey)
{
    const SigningKey key = newKey();
    const QByteArray message = u"Đảng ủy xã Mỹ Bằng gửi Tỉnh ủy Tuyên Quang, số 3"_s.toUtf8();
    const Result<QByteArray> signature = key.sign(message);
    ASSERT_TRUE(signature);
    EXPECT_EQ(signature->size(), SigningKey::SignatureSize);
    EXPECT_TRUE(SigningKey::verify(key.publicKey(), message, *signature));

    QByteArray changed = message;
    changed[changed.size() - 1] = '4';
    EXPECT_FALSE(SigningKey::verify(key.publicKey(), changed, *signature)) << "one character changed";
    QByteArray forged = *signature;
    forged[10] = char(forged[10] ^ 0x01);
    EXPECT_FALSE(SigningKey::verify(key.publicKey(), message, forged)) << "one bit of the signature changed";
    EXPECT_FALSE(SigningKey::verify(newKey().publicKey(), message, *signature)) << "another committee's key";
    EXPECT_FALSE(SigningKey::verify(key.publicKey(), message, signature->left(63))) << "a truncated signature";
}

TEST(SigningKey, APrivateKeyKeptComesBackAsTheSamePair)
{
    const SigningKey key = newKey();
    EXPECT_EQ(key.privateKey().size(), SigningKey::KeySize);
    EXPECT_NE(key.publicKey(), newKey().publicKey()) << "each key is new";
    const Result<SigningKey> again = SigningKey::fromPrivateKey(key.privateKey());
    ASSERT_TRUE(again);
    EXPECT_EQ(again->publicKey(), key.publicKey());
    const Result<QByteArray> signature = again->sign("bản tin");
    ASSERT_TRUE(signature);
    EXPECT_TRUE(SigningKey::verify(key.publicKey(), "bản tin", *signature));
    EXPECT_FALSE(SigningKey::fromPrivateKey(key.privateKey().left(31))) << "not a key";
}

// The key of RFC 8032's first test vector: its public key is known, and so its fingerprint.
TEST(SigningKey, TheFingerprintIsTheStartOfThePublicKeysHashInGroupsOfFour)
{
    const QByteArray secret =
        QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    const Result<SigningKey> key = SigningKey::fromPrivateKey(secret);
    ASSERT_TRUE(key);
    EXPECT_EQ(key->publicKey().toHex(), "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    const Result<QByteArray> signature = key->sign(QByteArray());
    ASSERT_TRUE(signature);
    EXPECT_EQ(signature->toHex(), "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");

    QString fingerprint = SigningKey::fingerprint(key->publicKey());
    EXPECT_TRUE(QRegularExpression(u"^([0-9A-F]{4} ){7}[0-9A-F]{4}$"_s).match(fingerprint).hasMatch())
        << fingerprint.toStdString();
    EXPECT_EQ(fingerprint.remove(u' ').toLatin1(),
              QCryptographicHash::hash(key->publicKey(), QCryptographicHash::Sha256).left(16).toHex().toUpper());
}

TEST(SigningKey, AFingerprintTypedAnyWayReadsAsItIsPrinted)
{
    const QString printed = SigningKey::fingerprint(newKey().publicKey());
    QString typed = printed.toLower();
    typed.remove(u' ');
    EXPECT_EQ(SigningKey::normalisedFingerprint(typed), printed);
    EXPECT_EQ(SigningKey::normalisedFingerprint(u"  "_s + printed + u"\n"_s), printed);
    EXPECT_TRUE(SigningKey::normalisedFingerprint(printed.left(30)).isEmpty()) << "too short";
    EXPECT_TRUE(SigningKey::normalisedFingerprint(QString(printed).replace(0, 1, u"G"_s)).isEmpty()) << "not hexadecimal";
}
