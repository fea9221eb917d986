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
    // No hash: the password belongs to the account's login role on the office server, which checks
    // it as the account connects. It matches no password given to Dotpha. Told from a hash never
    // set by its iteration count, which the tables require to be positive.
    static PasswordHash keptByServer()
    {
        // Empty but not null: the columns take no NULL.
        return PasswordHash(QByteArray(""), QByteArray(""), KeptByServerIterations);
    }
    static QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt,
                                   int iterations, int length);

    bool matches(const QString &password) const;
    // SHA-256 of salt, hash and iteration count, in hexadecimal: stored beside the hash and audited,
    // so that a hash replaced outside Dotpha no longer matches its fingerprint or the trail.
    QString fingerprint() const;
    bool isSet() const { return !m_hash.isEmpty(); }
    bool isKeptByServer() const { return m_hash.isEmpty() && m_iterations == KeptByServerIterations; }

    const QByteArray &salt() const { return m_salt; }
    const QByteArray &hash() const { return m_hash; }
    int iterations() const { return m_iterations; }

private:
    static constexpr int KeptByServerIterations = 1;

    QByteArray m_salt;
    QByteArray m_hash;
    int m_iterations = 0;
};

} // namespace dotpha
