#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dotpha {

// What an exchange package (.dotpha-pkg, docs/exchange.md) says of itself in manifest.json: who
// sent it to whom, of which year, its place in the sender's sequence, the sender's trail head,
// and every other part with its size and SHA-256. The sender's key signs these exact bytes, so
// that the signature covers every part through its hash.
struct PackageManifest
{
    Q_DECLARE_TR_FUNCTIONS(PackageManifest)

public:
    static constexpr int FormatVersion = 1;

    // Registrations go up to the superior committee; decisions come down to a subordinate one.
    enum class Kind { Registrations, Decisions };

    struct Part
    {
        QString path;
        qint64 size = 0;
        QByteArray sha256;   // 32 bytes
    };

    int formatVersion = FormatVersion;
    Kind kind = Kind::Registrations;
    QString senderCommittee;
    QByteArray senderPublicKey;   // 32 bytes, Ed25519
    QString receiverCommittee;
    int year = 0;
    qint64 sequence = 0;          // 1, 2, ... for each package this sender sends this receiver
    QDateTime createdAt;          // UTC
    qint64 trailHeadId = 0;       // the sender's newest trail record, and its seal's hash
    QByteArray trailHeadHash;
    QList<Part> parts;

    QByteArray toJson() const;
    // Refused when json is not a manifest this version reads: not JSON, a newer format (the
    // error's detail is then NewerFormat), a field missing or of the wrong type, a part named as
    // no part may be. The message says what, as a clause ("its manifest.json is not ...") for the
    // reader to put after the package's name.
    static Result<PackageManifest> fromJson(const QByteArray &json);
    static constexpr QLatin1StringView NewerFormat{"newer-format"};

    const Part *part(const QString &path) const;
    // A part's name as a package may hold it: a relative path of letters, digits and "._-" in
    // folders, no "..", no backslash, no drive; file names inside a package are data, never paths.
    static bool isSafePartPath(const QString &path);
};

} // namespace dotpha
