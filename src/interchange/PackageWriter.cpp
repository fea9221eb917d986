#include "PackageWriter.h"

#include "SigningKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <zip.h>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

zipFile zipOf(void *handle)
{
    return static_cast<zipFile>(handle);
}

// Bit 11 of the general purpose flags: the member's name is UTF-8.
constexpr uLong NamesInUtf8 = 1 << 11;

} // namespace

PackageWriter::PackageWriter(QString target) : m_target(std::move(target)), m_partial(m_target + u".part"_s) {}

PackageWriter::~PackageWriter()
{
    discard();
}

Status PackageWriter::open()
{
    QFile::remove(m_partial);
    m_zip = zipOpen64(QFile::encodeName(m_partial).constData(), APPEND_STATUS_CREATE);
    if (!m_zip)
        return Error(Error::Kind::File, tr("The package %1 could not be written: its folder cannot be written to.")
                                            .arg(QDir::toNativeSeparators(m_target)));
    return {};
}

Status PackageWriter::beginPart(const QString &path, Compression compression)
{
    Q_ASSERT(m_zip && !m_inPart && PackageManifest::isSafePartPath(path));
    zip_fileinfo info{};
    const QDateTime now = QDateTime::currentDateTime();
    info.tmz_date = {uInt(now.time().second()), uInt(now.time().minute()), uInt(now.time().hour()),
                     uInt(now.date().day()), uInt(now.date().month() - 1), uInt(now.date().year())};
    const bool deflate = compression == Compression::Deflate;
    if (zipOpenNewFileInZip4_64(zipOf(m_zip), path.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                deflate ? Z_DEFLATED : 0, deflate ? Z_DEFAULT_COMPRESSION : 0, 0, -MAX_WBITS,
                                DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr, 0, 0, NamesInUtf8, 1)
        != ZIP_OK)
        return writeFailed();
    m_inPart = true;
    m_current = {path, 0, {}};
    m_hash.reset();
    return {};
}

Status PackageWriter::write(const QByteArray &bytes)
{
    Q_ASSERT(m_inPart);
    if (zipWriteInFileInZip(zipOf(m_zip), bytes.constData(), unsigned(bytes.size())) != ZIP_OK)
        return writeFailed();
    m_hash.addData(bytes);
    m_current.size += bytes.size();
    return {};
}

Status PackageWriter::endPart()
{
    Q_ASSERT(m_inPart);
    m_inPart = false;
    if (zipCloseFileInZip(zipOf(m_zip)) != ZIP_OK)
        return writeFailed();
    m_current.sha256 = m_hash.result();
    m_parts.append(m_current);
    return {};
}

Status PackageWriter::addPart(const QString &path, const QByteArray &bytes, Compression compression)
{
    if (const Status begun = beginPart(path, compression); !begun)
        return begun;
    if (const Status written = write(bytes); !written)
        return written;
    return endPart();
}

Result<QByteArray> PackageWriter::seal(PackageManifest manifest, const SigningKey &key)
{
    manifest.parts = m_parts;
    manifest.senderPublicKey = key.publicKey();
    const QByteArray json = manifest.toJson();
    const Result<QByteArray> signature = key.sign(json);
    if (!signature)
        return signature.error();
    if (const Status written = member(u"manifest.json"_s, json, Compression::Deflate); !written)
        return written.error();
    if (const Status signed_ = member(u"manifest.sig"_s, signature->toBase64() + '\n', Compression::Store); !signed_)
        return signed_.error();
    const int closed = zipClose(zipOf(m_zip), nullptr);
    m_zip = nullptr;
    if (closed != ZIP_OK) {
        QFile::remove(m_partial);
        return writeFailed().error();
    }
    m_sealed = true;
    return QCryptographicHash::hash(json, QCryptographicHash::Sha256);
}

Status PackageWriter::finish(PackageManifest manifest, const SigningKey &key)
{
    if (const Result<QByteArray> sealed = seal(std::move(manifest), key); !sealed)
        return sealed.error();
    return putInPlace();
}

// Only once whole; a file already there is kept aside until the package has taken its name.
Status PackageWriter::putInPlace()
{
    Q_ASSERT(m_sealed);
    m_sealed = false;
    const QString earlier = m_target + u".old"_s;
    const bool replacing = QFileInfo::exists(m_target);
    if (replacing) {
        QFile::remove(earlier);
        if (!QFile::rename(m_target, earlier))
            return Error(Error::Kind::File, tr("%1 exists and cannot be replaced; the package is kept as %2.")
                                                .arg(QDir::toNativeSeparators(m_target), QDir::toNativeSeparators(m_partial)));
    }
    if (!QFile::rename(m_partial, m_target)) {
        if (replacing)
            QFile::rename(earlier, m_target);
        return Error(Error::Kind::File, tr("The package could not be put in place as %1; it is kept as %2.")
                                            .arg(QDir::toNativeSeparators(m_target), QDir::toNativeSeparators(m_partial)));
    }
    if (replacing)
        QFile::remove(earlier);
    return {};
}

// manifest.json and manifest.sig describe the parts; they are not parts themselves.
Status PackageWriter::member(const QString &path, const QByteArray &bytes, Compression compression)
{
    const QList<PackageManifest::Part> parts = m_parts;
    Status done = addPart(path, bytes, compression);
    m_parts = parts;
    return done;
}

Status PackageWriter::writeFailed() const
{
    return Error(Error::Kind::File,
                 tr("The package %1 could not be written: the disk may be full or the folder not writable. Nothing "
                    "was sent.")
                     .arg(QDir::toNativeSeparators(m_target)));
}

void PackageWriter::discard()
{
    if (m_sealed)
        QFile::remove(m_partial);
    if (m_zip) {
        if (m_inPart)
            zipCloseFileInZip(zipOf(m_zip));
        zipClose(zipOf(m_zip), nullptr);
        m_zip = nullptr;
        QFile::remove(m_partial);
    }
}

} // namespace dotpha
