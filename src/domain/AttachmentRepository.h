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
//
// A large file's chunks are sent ahead, staged under a token of the caller's, each in a
// statement of its own outside any transaction: sending them holds no lock that another PC's
// save would wait on. The transaction that records the file then adopts them in one statement,
// within the database.
class AttachmentRepository
{
public:
    struct Adopted
    {
        int parts = 0;
        qint64 bytes = 0;
    };

    virtual ~AttachmentRepository() = default;
    virtual Result<qint64> add(const Attachment &attachment) = 0;
    virtual Status addChunk(qint64 attachmentId, int part, const QByteArray &bytes) = 0;
    virtual Status stageChunk(const QString &token, int part, const QByteArray &bytes) = 0;
    // Moves the chunks staged under token to attachment, and says what it then holds.
    virtual Result<Adopted> adoptStaged(qint64 attachmentId, const QString &token) = 0;
    virtual Status discardStaged(const QString &token) = 0;
    // Refused when the database's disk cannot take bytes more (DiskFull, with the figures).
    virtual Status ensureRoomFor(qint64 bytes) = 0;
    // What an attach cut off (a crash, a lost connection) left staged longer ago than seconds, by
    // the database's clock.
    virtual Status discardStagedLongerThan(int seconds) = 0;
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
