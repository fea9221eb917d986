#include "AttachmentReader.h"

#include "AttachmentCheck.h"
#include "AttachmentRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace dotpha {

Status AttachmentReader::extract(qint64 attachmentId, const QString &target, const AttachmentProgress &progress)
{
    const Result<Attachment> attachment = m_repositories.attachments.find(attachmentId);
    if (!attachment)
        return attachment.error();
    const QString shown = QDir::toNativeSeparators(target);
    // QSaveFile renames its copy over the target (following symbolic links): over a device, a
    // pipe or a folder that would replace the node itself, /dev/full included when run as root.
    if (const QFileInfo existing(target); existing.exists() && !existing.isFile())
        return Error(Error::Kind::File, tr("%1 is not an ordinary file (it is a folder, a device or a pipe): a copy is "
                                           "written only to a file. To write it to standard output, give - instead.")
                                            .arg(shown));
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Kind::File, tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    if (const Status copied = copy(*attachment, file, shown, progress); !copied)
        return copied;
    if (!file.commit())
        return Error(Error::Kind::File, tr("%1 could not be saved: %2").arg(shown, file.errorString()));
    return {};
}

Status AttachmentReader::extractTo(qint64 attachmentId, QIODevice &sink, const QString &shownName)
{
    const Result<Attachment> attachment = m_repositories.attachments.find(attachmentId);
    if (!attachment)
        return attachment.error();
    // Proved before the first byte goes out: what reaches a pipe cannot be taken back.
    const Result<AttachmentCheck::Digest> digest =
        AttachmentCheck::read(m_repositories.attachments, *attachment, [](const QByteArray &) { return true; });
    if (!digest)
        return digest.error();
    if (!AttachmentCheck::matches(*attachment, *digest))
        return Error(Error::Kind::Refused, AttachmentCheck::mismatch(*attachment) + u' '
                                               + tr("Nothing was written to %1.").arg(shownName));
    return copy(*attachment, sink, shownName, {});
}

Status AttachmentReader::copy(const Attachment &attachment, QIODevice &sink, const QString &shownName,
                              const AttachmentProgress &progress)
{
    qint64 written = 0;
    QString writeError;
    const Result<AttachmentCheck::Digest> digest = AttachmentCheck::read(m_repositories.attachments, attachment, [&](const QByteArray &chunk) {
        if (sink.write(chunk) != chunk.size()) {
            writeError = sink.errorString();
            return false;
        }
        written += chunk.size();
        return !progress || progress(written, attachment.sizeBytes);
    });
    if (!writeError.isEmpty())
        return Error(Error::Kind::File, tr("%1 could not be written to the end (is the disk full?): %2; nothing "
                                           "was saved.")
                                            .arg(shownName, writeError));
    if (!digest)
        return digest.error();
    if (!AttachmentCheck::matches(attachment, *digest))
        return Error(Error::Kind::Refused, AttachmentCheck::mismatch(attachment) + u' ' + tr("%1 was not saved.").arg(shownName));
    return {};
}

Result<QStringList> AttachmentReader::problems()
{
    return AttachmentCheck::problems(m_repositories.attachments);
}

} // namespace dotpha
