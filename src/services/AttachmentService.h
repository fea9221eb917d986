#pragma once

#include "Attachment.h"
#include "AttachmentProgress.h"
#include "Repositories.h"
#include "Result.h"
#include "User.h"

#include <QCoreApplication>

class QFile;

namespace dotpha {

// Evidence files: attaching one to a task, or to one of its progress notes, work items or
// decisions; removing it (a mark, recorded, that keep() takes back); the largest file allowed.
// Whoever may log progress attaches and removes, and not in a closed year; each rule checked in
// the transaction that writes. A file is read twice: once for its SHA-256 before anything is
// written, once as its chunks are staged (AttachmentRepository), the hash computed again and
// compared, so that a file changed meanwhile is refused; the short transaction that records the
// file then adopts the staged chunks, so that others' saves never wait on a file being sent.
// Nothing of a refused, failed or cancelled file is kept.
class AttachmentService
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentService)

public:
    explicit AttachmentService(Repositories &repositories) : m_repositories(repositories) {}

    // target names the task, and at most one note, work item or decision of it; returns the new id.
    Result<qint64> attach(const User &actor, const Attachment &target, const QString &path,
                          const AttachmentProgress &progress = {});
    Status remove(const User &actor, qint64 attachmentId);
    Status keep(const User &actor, qint64 attachmentId);
    Result<QList<Attachment>> ofTask(qint64 taskId);

    Result<int> sizeLimitMegabytes();
    Status setSizeLimitMegabytes(const User &actor, int megabytes);

private:
    struct FileFacts
    {
        QString name;
        qint64 size = 0;
        QString sha256;
    };

    Result<FileFacts> inspect(const QString &path, const AttachmentProgress &progress);
    Status checkAttachable(const User &actor, const Attachment &target);
    Status checkOwnerOf(const Attachment &target);
    Status checkSize(const FileFacts &facts);
    Status stageChunks(const QString &token, const QString &path, const FileFacts &facts,
                       const AttachmentProgress &progress);
    Status setRemoved(const User &actor, qint64 attachmentId, bool removed);
    static Status openToRead(QFile &file);
    static Error changedWhileAttached(const QString &path);

    Repositories &m_repositories;
};

} // namespace dotpha
