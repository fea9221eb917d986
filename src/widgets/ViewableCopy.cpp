#include "ViewableCopy.h"

#include "AttachmentReader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

bool holdsTheStoredBytes(const QString &path, const Attachment &attachment)
{
    QFile copy(path);
    if (copy.size() != attachment.sizeBytes || !copy.open(QIODevice::ReadOnly))
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return hash.addData(&copy) && QString::fromLatin1(hash.result().toHex()) == attachment.sha256;
}

} // namespace

Result<QString> ViewableCopy::of(Repositories &repositories, const Attachment &attachment,
                                 const AttachmentProgress &progress)
{
    const QString root = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(u"dotpha-files"_s);
    const QString folder = QDir(root).filePath(u"%1-%2"_s.arg(attachment.id).arg(attachment.sha256.left(12)));
    const QString path = QDir(folder).filePath(attachment.nameForCopy());
    if (QFileInfo::exists(path) && holdsTheStoredBytes(path, attachment))
        return path;
    if (!QDir().mkpath(folder))
        return Error(Error::Kind::File, tr("The temporary folder %1 cannot be written.").arg(QDir::toNativeSeparators(folder)));
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    QFile::setPermissions(root, ownerOnly);
    QFile::setPermissions(folder, ownerOnly);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (const Status written = AttachmentReader(repositories).extract(attachment.id, path, progress); !written)
        return written.error();
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    return path;
}

} // namespace dotpha
