#include "AttachmentReader.h"

#include "AttachmentCheck.h"
#include "AttachmentRepository.h"

#include <QDir>
#include <QSaveFile>

namespace dotpha {

Status AttachmentReader::extract(qint64 attachmentId, const QString &target, const AttachmentProgress &progress)
{
    const Result<Attachment> attachment = m_repositories.attachments.find(attachmentId);
    if (!attachment)
        return attachment.error();
    const QString shown = QDir::toNativeSeparators(target);
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Kind::File, tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    qint64 written = 0;
    QString writeError;
    const Result<AttachmentCheck::Digest> digest = AttachmentCheck::read(m_repositories.attachments, *attachment, [&](const QByteArray &chunk) {
        if (file.write(chunk) != chunk.size()) {
            writeError = file.errorString();
            return false;
        }
        written += chunk.size();
        return !progress || progress(written, attachment->sizeBytes);
    });
    if (!writeError.isEmpty())
        return Error(Error::Kind::File, tr("%1 could not be written to the end (is the disk full?): %2; nothing "
                                           "was saved.")
                                            .arg(shown, writeError));
    if (!digest)
        return digest.error();
    if (!AttachmentCheck::matches(*attachment, *digest))
        return Error(Error::Kind::Refused, AttachmentCheck::mismatch(*attachment) + u' ' + tr("%1 was not saved.").arg(shown));
    if (!file.commit())
        return Error(Error::Kind::File, tr("%1 could not be saved: %2").arg(shown, file.errorString()));
    return {};
}

Result<QStringList> AttachmentReader::problems()
{
    return AttachmentCheck::problems(m_repositories.attachments);
}

} // namespace dotpha
