#pragma once

#include "PackageManifest.h"
#include "Result.h"
#include "ZipArchive.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace dotpha {

// Opens an exchange package (docs/exchange.md) and proves it before anything reads it, in two
// steps. open(): a ZIP whose members are exactly manifest.json, manifest.sig and the parts the
// manifest lists, each declared at its listed size, the sizes within bounds, and the manifest
// signed by the key it names. verifyParts(): each part unpacks to its size and SHA-256. Between the
// two the receiver decides whether it trusts the key and is the package's addressee, so that a
// stranger's package is turned away before its parts are unpacked. Memory stays bounded: parts are
// hashed as they unpack, never held whole unless asked.
class PackageReader
{
    Q_DECLARE_TR_FUNCTIONS(PackageReader)

public:
    static constexpr qint64 LargestManifest = 8 * 1024 * 1024;
    static constexpr int MostParts = 200000;
    // What all the parts may unpack to: at most 16 GiB, and at most a hundred times the package
    // (evidence is stored uncompressed; only the JSON deflates, and not a hundredfold).
    static constexpr qint64 LargestContent = 16LL * 1024 * 1024 * 1024;
    static constexpr qint64 LargestInflation = 100;

    static Result<std::unique_ptr<PackageReader>> open(const QString &path);
    // Unpacks every part and proves it against its size and hash.
    Status verifyParts();

    const PackageManifest &manifest() const { return m_manifest; }
    // The SHA-256 of the signed manifest's bytes, lower-case hexadecimal: the package's identity.
    const QString &manifestSha256() const { return m_manifestSha256; }
    // The sender key's fingerprint (SigningKey::fingerprint).
    QString senderFingerprint() const;
    const QString &path() const { return m_path; }

    // A part whole, when it holds at most limit bytes; proved against its hash again as it is read,
    // so that a file changed since it was opened is never taken.
    Result<QByteArray> readPart(const QString &path, qint64 limit);
    // A part in pieces, for the large ones (evidence files); chunk returns false to stop. The
    // pieces are proved only once the last one has come: on an error, a caller discards every
    // piece it was given.
    Status readPart(const QString &path, const ZipArchive::Chunk &chunk);

private:
    PackageReader(QString path, std::unique_ptr<ZipArchive> zip) : m_path(std::move(path)), m_zip(std::move(zip)) {}

    Status readManifest();
    // Before the manifest is read, only its own two members are looked for.
    Status checkMembers(bool manifestRead) const;
    Status checkSizes() const;
    Error refused(const QString &what, const QString &advice = {}) const;

    QString m_path;
    std::unique_ptr<ZipArchive> m_zip;
    PackageManifest m_manifest;
    QString m_manifestSha256;
};

} // namespace dotpha
