#include "PasswordHash.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace dotpha {

namespace {

constexpr int SaltLength = 16;
constexpr int HashLength = 32;

// Compares without an early exit, so the time taken says nothing about where they differ.
bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

PasswordHash::PasswordHash(QByteArray salt, QByteArray hash, int iterations)
    : m_salt(std::move(salt))
    , m_hash(std::move(hash))
    , m_iterations(iterations)
{
}

PasswordHash PasswordHash::create(const QString &password, int iterations)
{
    QByteArray salt(SaltLength, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    return {salt, pbkdf2Sha256(password.toUtf8(), salt, iterations, HashLength), iterations};
}

// RFC 8018, section 5.2, with HMAC-SHA256 as the pseudo-random function.
QByteArray PasswordHash::pbkdf2Sha256(const QByteArray &password, const QByteArray &salt,
                                      int iterations, int length)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    QByteArray derived;
    for (quint32 block = 1; derived.size() < length; ++block) {
        QByteArray blockIndex(4, Qt::Uninitialized);
        blockIndex[0] = char(block >> 24);
        blockIndex[1] = char(block >> 16);
        blockIndex[2] = char(block >> 8);
        blockIndex[3] = char(block);
        mac.reset();
        mac.addData(salt);
        mac.addData(blockIndex);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            for (qsizetype j = 0; j < t.size(); ++j)
                t[j] = char(t[j] ^ u[j]);
        }
        derived += t;
    }
    return derived.left(length);
}

QString PasswordHash::fingerprint() const
{
    QCryptographicHash digest(QCryptographicHash::Sha256);
    digest.addData(m_salt);
    digest.addData(QByteArrayView("\x1f", 1));
    digest.addData(m_hash);
    digest.addData(QByteArrayView("\x1f", 1));
    digest.addData(QByteArray::number(m_iterations));
    return QString::fromLatin1(digest.result().toHex());
}

bool PasswordHash::matches(const QString &password) const
{
    if (!isSet() || m_iterations <= 0)
        return false;
    return equalInConstantTime(pbkdf2Sha256(password.toUtf8(), m_salt, m_iterations, int(m_hash.size())),
                               m_hash);
}

} // namespace dotpha
