#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace dotpha {

// A file kept as evidence of a task (the scanned decision, the photo of a result, a spreadsheet):
// its bytes are stored in the database in chunks, its SHA-256 proves them, and the trail records
// who added and who removed it. It belongs to its task and, at most, to one progress note, work
// item or decision of that task. Removing it only marks it removed, so that the record stays
// whole and the removal can be undone.
struct Attachment
{
    // The size of the chunks the bytes are stored in: small enough to stream without holding a
    // file in memory, large enough that a 50 MB file is fifty rows.
    static constexpr qint64 ChunkBytes = 1024 * 1024;

    qint64 id = 0;
    qint64 taskId = 0;
    std::optional<qint64> progressNoteId;
    std::optional<qint64> workItemId;
    std::optional<qint64> decisionId;
    QString fileName;     // the name it had, without its folder
    QString mediaType;    // "application/pdf", as the name's extension and the first bytes say
    qint64 sizeBytes = 0;
    QString sha256;       // 64 lowercase hexadecimal digits
    std::optional<qint64> addedBy;
    QDateTime createdAt;
    QDateTime removedAt;  // null while it is kept
    int version = 0;

    bool isRemoved() const { return removedAt.isValid(); }
    // The name to give a copy written to disk: the stored name comes from the database, which
    // anyone with a database account can write to, so it is never trusted to stay in its folder
    // or to be a name Windows accepts.
    QString nameForCopy() const;
    // The name as a terminal or a log may show it: control and direction characters escaped
    // (\n, \x1b, \u202e), a backslash doubled, so that a stored name cannot forge a line or
    // drive the terminal that prints it.
    QString printableName() const;
    int chunkCount() const { return int((sizeBytes + ChunkBytes - 1) / ChunkBytes); }
};

} // namespace dotpha
