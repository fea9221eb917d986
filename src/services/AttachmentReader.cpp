#include "AttachmentReader.h"

#include "AttachmentRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSaveFile>

namespace dotpha {

Result<AttachmentReader::Digest> AttachmentReader::read(const Attachment &attachment,
                                                        const std::function<bool(const QByteArray &)> &sink)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Digest digest;
    bool stopped = false;
    const Status read = m_repositories.attachments.readChunks(attachment.id, [&](const QByteArray &chunk) {
        hash.addData(chunk);
        digest.size += chunk.size();
        stopped = !sink(chunk);
        return !stopped;
    });
    if (!read)
        return read.error();
    if (stopped)
        return Error(Error::Kind::Cancelled, tr("Stopped before the end of %1.").arg(attachment.fileName));
    digest.sha256 = QString::fromLatin1(hash.result().toHex());
    return digest;
}

bool AttachmentReader::matches(const Attachment &attachment, const Digest &digest)
{
    return digest.size == attachment.sizeBytes && digest.sha256 == attachment.sha256;
}

QString AttachmentReader::mismatch(const Attachment &attachment)
{
    return tr("Attached file %1 (“%2”, task %3) does not match the SHA-256 recorded when it was attached: its "
              "content was changed outside Dotpha. Restore the database from a backup.")
        .arg(attachment.id)
        .arg(attachment.fileName)
        .arg(attachment.taskId);
}

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
    const Result<Digest> digest = read(*attachment, [&](const QByteArray &chunk) {
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
    if (!matches(*attachment, *digest))
        return Error(Error::Kind::Refused, mismatch(*attachment) + u' ' + tr("%1 was not saved.").arg(shown));
    if (!file.commit())
        return Error(Error::Kind::File, tr("%1 could not be saved: %2").arg(shown, file.errorString()));
    return {};
}

Result<QStringList> AttachmentReader::problems()
{
    const Result<QList<Attachment>> all = m_repositories.attachments.all();
    if (!all)
        return all.error();
    QStringList found;
    for (const Attachment &attachment : *all) {
        const Result<Digest> digest = read(attachment, [](const QByteArray &) { return true; });
        if (!digest)
            return digest.error();
        if (!matches(attachment, *digest))
            found << mismatch(attachment);
    }
    return found;
}

} // namespace dotpha
