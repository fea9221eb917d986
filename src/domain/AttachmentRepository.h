#pragma once

#include "Attachment.h"
#include "Result.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace dotpha {

// The evidence files of tasks. A file's record is added first, then its chunks in order, in the
// caller's transaction; the chunks are read back one at a time, never the whole file at once.
// Versioning as in UnitRepository; nothing is ever deleted.
class AttachmentRepository
{
public:
    virtual ~AttachmentRepository() = default;
    virtual Result<qint64> add(const Attachment &attachment) = 0;
    virtual Status addChunk(qint64 attachmentId, int part, const QByteArray &bytes) = 0;
    // Calls each with every stored chunk in order, until it returns false.
    virtual Status readChunks(qint64 attachmentId, const std::function<bool(const QByteArray &)> &each) = 0;
    // Marks the file removed, or kept again; returns the new version.
    virtual Result<int> setRemoved(qint64 id, int version, bool removed) = 0;
    virtual Result<Attachment> find(qint64 id) = 0;
    // A task's files, removed ones included, oldest first.
    virtual Result<QList<Attachment>> ofTask(qint64 taskId) = 0;
    // Every stored file, for the check that proves their bytes.
    virtual Result<QList<Attachment>> all() = 0;
};

} // namespace dotpha
