#include "SigningKey.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <openssl/err.h>
#include <openssl/evp.h>

#include <memory>

namespace dotpha {

namespace {

struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct ContextFree
{
    void operator()(EVP_PKEY_CTX *context) const { EVP_PKEY_CTX_free(context); }
};
struct DigestFree
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;

const auto *bytesOf(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

QByteArray rawKey(EVP_PKEY *key, bool isPrivate)
{
    QByteArray raw(SigningKey::KeySize, Qt::Uninitialized);
    size_t length = raw.size();
    auto *into = reinterpret_cast<unsigned char *>(raw.data());
    const int done = isPrivate ? EVP_PKEY_get_raw_private_key(key, into, &length)
                               : EVP_PKEY_get_raw_public_key(key, into, &length);
    if (done != 1 || length != size_t(SigningKey::KeySize))
        return {};
    return raw;
}

// OpenSSL's reasons stay on its thread's error queue: cleared, so that none is read later as the
// reason of something else.
Error keyError()
{
    ERR_clear_error();
    return Error(Error::Kind::Storage, SigningKey::tr("The committee's signing key could not be made or read."));
}

// "3F2A9C01…" -> "3F2A 9C01 …"
QString inGroupsOfFour(const QString &digits)
{
    QStringList groups;
    for (qsizetype at = 0; at < digits.size(); at += 4)
        groups << digits.mid(at, 4);
    return groups.join(QLatin1Char(' '));
}

} // namespace

Result<SigningKey> SigningKey::generate()
{
    std::unique_ptr<EVP_PKEY_CTX, ContextFree> context(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr));
    EVP_PKEY *made = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) != 1 || EVP_PKEY_keygen(context.get(), &made) != 1)
        return keyError();
    const Key key(made);
    QByteArray privateKey = rawKey(key.get(), true);
    QByteArray publicKey = rawKey(key.get(), false);
    if (privateKey.isEmpty() || publicKey.isEmpty())
        return keyError();
    return SigningKey(std::move(privateKey), std::move(publicKey));
}

Result<SigningKey> SigningKey::fromPrivateKey(const QByteArray &privateKey)
{
    if (privateKey.size() != KeySize)
        return keyError();
    const Key key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytesOf(privateKey), privateKey.size()));
    if (!key)
        return keyError();
    QByteArray publicKey = rawKey(key.get(), false);
    if (publicKey.isEmpty())
        return keyError();
    return SigningKey(privateKey, std::move(publicKey));
}

Result<QByteArray> SigningKey::sign(const QByteArray &message) const
{
    const Key key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytesOf(m_private), m_private.size()));
    std::unique_ptr<EVP_MD_CTX, DigestFree> context(EVP_MD_CTX_new());
    QByteArray signature(SignatureSize, Qt::Uninitialized);
    size_t length = signature.size();
    // Ed25519 hashes the message itself: no digest is named, and the message is signed in one call.
    if (!key || !context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1
        || EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                          bytesOf(message), message.size())
               != 1
        || length != size_t(SignatureSize))
        return keyError();
    return signature;
}

bool SigningKey::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != KeySize || signature.size() != SignatureSize)
        return false;
    const Key key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytesOf(publicKey), publicKey.size()));
    std::unique_ptr<EVP_MD_CTX, DigestFree> context(EVP_MD_CTX_new());
    const bool verified =
        key && context && EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) == 1
        && EVP_DigestVerify(context.get(), bytesOf(signature), signature.size(), bytesOf(message), message.size()) == 1;
    if (!verified)
        ERR_clear_error();
    return verified;
}

QString SigningKey::fingerprint(const QByteArray &publicKey)
{
    const QString digits =
        QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(16).toHex().toUpper());
    return inGroupsOfFour(digits);
}

QString SigningKey::normalisedFingerprint(const QString &typed)
{
    QString digits = typed.toUpper();
    digits.remove(QRegularExpression(QStringLiteral("[\\s:-]")));
    static const QRegularExpression hex(QStringLiteral("^[0-9A-F]{32}$"));
    if (!hex.match(digits).hasMatch())
        return {};
    return inGroupsOfFour(digits);
}

} // namespace dotpha
