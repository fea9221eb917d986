#include "PackageReader.h"

#include "SigningKey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

const QString ManifestPath = u"manifest.json"_s;
const QString SignaturePath = u"manifest.sig"_s;

} // namespace

Result<std::unique_ptr<PackageReader>> PackageReader::open(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return Error(Error::Kind::File, tr("The package %1 does not exist or is not a file.").arg(QDir::toNativeSeparators(path)));
    auto zip = std::make_unique<ZipArchive>(path);
    std::unique_ptr<PackageReader> reader(new PackageReader(path, std::move(zip)));
    if (!reader->m_zip->isOpen())
        return reader->refused(tr("it is not a ZIP archive, or it is incomplete (cut short while being copied or sent)"));
    if (reader->m_zip->unreadableMembers() > 0)
        return reader->refused(tr("%n of its files cannot be read from the archive", nullptr,
                                  reader->m_zip->unreadableMembers()));
    if (const Status read = reader->readManifest(); !read)
        return read.error();
    return reader;
}

Status PackageReader::verifyParts()
{
    for (const PackageManifest::Part &part : std::as_const(m_manifest.parts)) {
        if (const Status read = readPart(part.path, [](const QByteArray &) { return true; }); !read)
            return read;
    }
    return {};
}

QString PackageReader::senderFingerprint() const
{
    return SigningKey::fingerprint(m_manifest.senderPublicKey);
}

// The manifest is read as bytes and its signature checked against those very bytes before any
// field of it is believed beyond the key that signed it.
Status PackageReader::readManifest()
{
    if (m_zip->members().size() > MostParts + 2)
        return refused(tr("it holds %1 files, more than any package Dotpha writes").arg(m_zip->members().size()));
    if (const Status members = checkMembers(false); !members)
        return members;
    const std::optional<QByteArray> json = m_zip->readAll(ManifestPath, LargestManifest);
    const std::optional<QByteArray> signature = m_zip->readAll(SignaturePath, 1024);
    if (!json || !signature)
        return refused(tr("its manifest.json or manifest.sig cannot be read whole"));
    Result<PackageManifest> manifest = PackageManifest::fromJson(*json);
    if (!manifest && manifest.error().detail() == PackageManifest::NewerFormat)
        return refused(manifest.error().message(), tr("Update Dotpha to receive it."));
    if (!manifest)
        return refused(manifest.error().message());
    const auto decoded = QByteArray::fromBase64Encoding(signature->trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !SigningKey::verify(manifest->senderPublicKey, *json, decoded.decoded))
        return refused(tr("its signature does not match its manifest: it was changed after %1 signed it, or it was "
                          "not signed with the key it names")
                           .arg(manifest->senderCommittee));
    m_manifest = std::move(manifest).value();
    m_manifestSha256 = QString::fromLatin1(QCryptographicHash::hash(*json, QCryptographicHash::Sha256).toHex());
    if (m_manifest.parts.isEmpty() || !m_manifest.part(u"records.json"_s))
        return refused(tr("its manifest lists no records.json"));
    if (const Status members = checkMembers(true); !members)
        return members;
    return checkSizes();
}

// Each member as large as its part says, and all of them within bounds: the archive's sizes are
// what unpacking stops at, so a package cannot unpack to more than it declares.
Status PackageReader::checkSizes() const
{
    qint64 total = 0;
    for (const ZipArchive::Member &member : m_zip->members()) {
        const PackageManifest::Part *part = m_manifest.part(member.name);
        if (!part)
            continue;   // manifest.json and manifest.sig, read already within their limits
        if (member.uncompressed != part->size)
            return refused(tr("the part \"%1\" is not of the size its manifest lists").arg(member.name));
        total += part->size;
    }
    const qint64 packageSize = QFileInfo(m_path).size();
    if (total > LargestContent || total > LargestInflation * packageSize + LargestManifest)
        return refused(tr("its parts would unpack to %1 bytes, far more than a package of %2 bytes holds")
                           .arg(total)
                           .arg(packageSize));
    return {};
}

// Exactly the members the manifest accounts for, each once, named as given: nothing extra slipped
// in beside the signed parts, nothing missing. Before the manifest is read only its own two are
// looked for.
Status PackageReader::checkMembers(bool manifestRead) const
{
    QSet<QString> expected = {ManifestPath, SignaturePath};
    for (const PackageManifest::Part &part : m_manifest.parts)
        expected.insert(part.path);
    QSet<QString> seen;
    for (const ZipArchive::Member &member : m_zip->members()) {
        const QString folded = member.name.toLower();
        if (seen.contains(folded))
            return refused(tr("it holds \"%1\" twice").arg(member.name));
        seen.insert(folded);
        if (manifestRead && !expected.contains(member.name))
            return refused(tr("it holds \"%1\", which its manifest does not list").arg(member.name));
    }
    for (const QString &path : std::as_const(expected)) {
        if (!seen.contains(path.toLower()))
            return refused(tr("the part \"%1\" is missing").arg(path));
    }
    return {};
}

Result<QByteArray> PackageReader::readPart(const QString &path, qint64 limit)
{
    const PackageManifest::Part *part = m_manifest.part(path);
    if (!part)
        return refused(tr("the part \"%1\" is missing").arg(path));
    if (part->size > limit)
        return refused(tr("the part \"%1\" holds %2 bytes, more than Dotpha reads of it").arg(path).arg(part->size));
    QByteArray bytes;
    const Status read = readPart(path, [&](const QByteArray &chunk) {
        bytes.append(chunk);
        return true;
    });
    if (!read)
        return read.error();
    return bytes;
}

Status PackageReader::readPart(const QString &path, const ZipArchive::Chunk &chunk)
{
    const PackageManifest::Part *part = m_manifest.part(path);
    if (!part)
        return refused(tr("the part \"%1\" is missing").arg(path));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    const ZipArchive::ReadResult result = m_zip->read(path, part->size, [&](const QByteArray &bytes) {
        hash.addData(bytes);
        total += bytes.size();
        return chunk(bytes);
    });
    switch (result) {
    case ZipArchive::ReadResult::Read:
        break;
    case ZipArchive::ReadResult::Stopped:
        return Error(Error::Kind::Cancelled, QString());
    case ZipArchive::ReadResult::TooLarge:
        return refused(tr("the part \"%1\" is larger than its manifest says").arg(path));
    case ZipArchive::ReadResult::Missing:
        return refused(tr("the part \"%1\" is missing").arg(path));
    case ZipArchive::ReadResult::Damaged:
        return refused(tr("the part \"%1\" fails the archive's own check (CRC): it was changed or damaged on the way")
                           .arg(path));
    }
    if (total != part->size || hash.result() != part->sha256)
        return refused(tr("the part \"%1\" is not the one %2 signed: its SHA-256 differs").arg(path, m_manifest.senderCommittee));
    return {};
}

Error PackageReader::refused(const QString &what, const QString &advice) const
{
    return Error(Error::Kind::Refused, tr("The package %1 cannot be received: %2. Nothing was written. %3")
                                           .arg(QFileInfo(m_path).fileName(), what,
                                                advice.isEmpty() ? tr("Ask the sender to send the same file again.")
                                                                 : advice));
}

} // namespace dotpha
