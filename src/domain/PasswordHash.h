#pragma once

#include <QByteArray>
#include <QString>

namespace dotpha {

// A salted PBKDF2-HMAC-SHA256 hash of a password. The password itself is never kept.
class PasswordHash
{
public:
    static constexpr int DefaultIterations = 120000;

    PasswordHash() = default;
    PasswordHash(QByteArray salt, QByteArray hash, int iterations);

    // A new random salt and the hash of password under it.
    static PasswordHash create(const QString &password, int iterations = DefaultIterations);
    static QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt,
                                   int iterations, int length);

    bool matches(const QString &password) const;
    // SHA-256 of salt, hash and iteration count, in hexadecimal: stored beside the hash and audited,
    // so that a hash replaced outside Dotpha no longer matches its fingerprint or the trail.
    QString fingerprint() const;
    bool isSet() const { return !m_hash.isEmpty(); }

    const QByteArray &salt() const { return m_salt; }
    const QByteArray &hash() const { return m_hash; }
    int iterations() const { return m_iterations; }

private:
    QByteArray m_salt;
    QByteArray m_hash;
    int m_iterations = 0;
};

} // namespace dotpha
