#pragma once

#include "PackageManifest.h"
#include "Result.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QString>

namespace dotpha {

class SigningKey;

// Writes an exchange package (docs/exchange.md): its parts one after another, each hashed as it
// is written, then manifest.json listing them and manifest.sig, the committee key's signature of
// those bytes. The package is written beside its target and put in place only once whole: a
// failure (a full disk, a key refused) leaves no package, and no earlier file of that name lost.
class PackageWriter
{
    Q_DECLARE_TR_FUNCTIONS(PackageWriter)

public:
    enum class Compression { Deflate, Store };

    explicit PackageWriter(QString target);
    ~PackageWriter();
    PackageWriter(const PackageWriter &) = delete;
    PackageWriter &operator=(const PackageWriter &) = delete;

    Status open();
    // A part written in pieces: begin, write as often as needed, end.
    Status beginPart(const QString &path, Compression compression);
    Status write(const QByteArray &bytes);
    Status endPart();
    Status addPart(const QString &path, const QByteArray &bytes, Compression compression = Compression::Deflate);
    // The parts written so far, with their sizes and hashes.
    const QList<PackageManifest::Part> &parts() const { return m_parts; }
    // Writes the manifest (the parts filled in from what was written) and its signature, and
    // closes the package, still beside its target; returns the SHA-256 of the signed manifest.
    Result<QByteArray> seal(PackageManifest manifest, const SigningKey &key);
    // Puts a sealed package in place; until then, discarding the writer leaves nothing.
    Status putInPlace();
    // seal, then putInPlace.
    Status finish(PackageManifest manifest, const SigningKey &key);

private:
    Status member(const QString &path, const QByteArray &bytes, Compression compression);
    Status writeFailed() const;
    void discard();

    QString m_target;
    QString m_partial;
    void *m_zip = nullptr;
    bool m_inPart = false;
    bool m_sealed = false;
    PackageManifest::Part m_current;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QList<PackageManifest::Part> m_parts;
};

} // namespace dotpha
