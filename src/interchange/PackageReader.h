#pragma once

#include "PackageManifest.h"
#include "Result.h"
#include "ZipArchive.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace dotpha {

// Opens an exchange package (docs/exchange.md) and proves it whole before anything reads it: a
// ZIP whose members are exactly manifest.json, manifest.sig and the parts the manifest lists,
// the manifest signed by the key it names, and each part of the size and SHA-256 it lists. Who
// the key belongs to, and whether the package is meant for this committee, is for the receiver
// to decide. Memory stays bounded: parts are hashed as they unpack, never held whole unless asked.
class PackageReader
{
    Q_DECLARE_TR_FUNCTIONS(PackageReader)

public:
    static constexpr qint64 LargestManifest = 8 * 1024 * 1024;
    static constexpr int MostParts = 200000;

    static Result<std::unique_ptr<PackageReader>> open(const QString &path);

    const PackageManifest &manifest() const { return m_manifest; }
    // The SHA-256 of the signed manifest's bytes, lower-case hexadecimal: the package's identity.
    const QString &manifestSha256() const { return m_manifestSha256; }
    // The sender key's fingerprint (SigningKey::fingerprint).
    QString senderFingerprint() const;
    const QString &path() const { return m_path; }

    // A part whole, when it holds at most limit bytes; proved against its hash again as it is read,
    // so that a file changed since it was opened is never taken.
    Result<QByteArray> readPart(const QString &path, qint64 limit);
    // A part in pieces, for the large ones (evidence files); chunk returns false to stop.
    Status readPart(const QString &path, const ZipArchive::Chunk &chunk);

private:
    PackageReader(QString path, std::unique_ptr<ZipArchive> zip) : m_path(std::move(path)), m_zip(std::move(zip)) {}

    Status readManifest();
    Status checkMembers() const;
    Status checkParts();
    Error refused(const QString &what, const QString &advice = {}) const;

    QString m_path;
    std::unique_ptr<ZipArchive> m_zip;
    PackageManifest m_manifest;
    QString m_manifestSha256;
};

} // namespace dotpha
