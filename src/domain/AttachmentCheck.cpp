#include "AttachmentCheck.h"

#include "AttachmentRepository.h"

#include <QCryptographicHash>

namespace dotpha {

Result<AttachmentCheck::Digest> AttachmentCheck::read(AttachmentRepository &files, const Attachment &attachment,
                                                      const std::function<bool(const QByteArray &)> &sink)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Digest digest;
    bool stopped = false;
    const Status read = files.readChunks(attachment.id, [&](const QByteArray &chunk) {
        hash.addData(chunk);
        digest.size += chunk.size();
        stopped = !sink(chunk);
        return !stopped;
    });
    if (!read)
        return read.error();
    if (stopped)
        return Error(Error::Kind::Cancelled, tr("Stopped before the end of %1.").arg(attachment.printableName()));
    digest.sha256 = QString::fromLatin1(hash.result().toHex());
    return digest;
}

bool AttachmentCheck::matches(const Attachment &attachment, const Digest &digest)
{
    return digest.size == attachment.sizeBytes && digest.sha256 == attachment.sha256;
}

QString AttachmentCheck::mismatch(const Attachment &attachment)
{
    return tr("Attached file %1 (“%2”, task %3) does not match the SHA-256 recorded when it was attached: its "
              "content was changed outside Dotpha. Restore the database from a backup.")
        .arg(attachment.id)
        .arg(attachment.printableName())
        .arg(attachment.taskId);
}

Result<QStringList> AttachmentCheck::problems(AttachmentRepository &files)
{
    const Result<QList<Attachment>> all = files.all();
    if (!all)
        return all.error();
    QStringList found;
    for (const Attachment &attachment : *all) {
        const Result<Digest> digest = read(files, attachment, [](const QByteArray &) { return true; });
        if (!digest)
            return digest.error();
        if (!matches(attachment, *digest))
            found << mismatch(attachment);
    }
    return found;
}

} // namespace dotpha
