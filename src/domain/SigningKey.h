#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace dotpha {

// A committee's Ed25519 key pair (OpenSSL), which signs what the committee sends another one: its
// raw 32-byte private key and the 32-byte public key that goes with it. Anyone holding the public
// key can check a signature; only the private key makes one.
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(SigningKey)

public:
    static constexpr qsizetype KeySize = 32;
    static constexpr qsizetype SignatureSize = 64;

    static Result<SigningKey> generate();
    // The pair of a private key kept earlier; refused unless it is one.
    static Result<SigningKey> fromPrivateKey(const QByteArray &privateKey);

    const QByteArray &publicKey() const { return m_public; }
    const QByteArray &privateKey() const { return m_private; }
    Result<QByteArray> sign(const QByteArray &message) const;

    // Whether signature is publicKey's signature of message.
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);
    // What people compare on the phone or on paper: the first 128 bits of the public key's SHA-256,
    // in eight groups of four hexadecimal digits ("3F2A 9C01 …").
    static QString fingerprint(const QByteArray &publicKey);
    // A fingerprint as someone typed it (any case, with or without spaces) written as fingerprint()
    // writes it; empty when it cannot be one.
    static QString normalisedFingerprint(const QString &typed);

private:
    SigningKey(QByteArray privateKey, QByteArray publicKey)
        : m_private(std::move(privateKey)), m_public(std::move(publicKey)) {}

    QByteArray m_private;
    QByteArray m_public;
};

} // namespace dotpha
