#include "SqlAttachmentRepository.h"

#include "SqlValue.h"
#include "Validator.h"

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

const QString Columns = u"id, task_id, progress_note_id, work_item_id, decision_id, file_name, media_type, "
                        "size_bytes, sha256, added_by, created_at, removed_at, version"_s;

Attachment readAttachment(const QSqlQuery &query)
{
    Attachment attachment;
    attachment.id = query.value(0).toLongLong();
    attachment.taskId = query.value(1).toLongLong();
    attachment.progressNoteId = SqlValue::optionalId(query.value(2));
    attachment.workItemId = SqlValue::optionalId(query.value(3));
    attachment.decisionId = SqlValue::optionalId(query.value(4));
    attachment.fileName = query.value(5).toString();
    attachment.mediaType = query.value(6).toString();
    attachment.sizeBytes = query.value(7).toLongLong();
    attachment.sha256 = query.value(8).toString();
    attachment.addedBy = SqlValue::optionalId(query.value(9));
    attachment.createdAt = SqlValue::dateTime(query.value(10));
    attachment.removedAt = SqlValue::dateTime(query.value(11));
    attachment.version = query.value(12).toInt();
    return attachment;
}

} // namespace

SqlAttachmentRepository::SqlAttachmentRepository(SqlConnection &database)
    : m_records(database, u"attachment"_s, tr("attached file"))
    , m_chunks(database, u"attachment_chunk"_s, tr("part of an attached file"))
    , m_staged(database, u"attachment_upload"_s, tr("part of a file being attached"))
{
}

Result<qint64> SqlAttachmentRepository::add(const Attachment &attachment)
{
    if (const Status valid = Validator::check(attachment); !valid)
        return valid.error();
    return m_records.insert(
        u"INSERT INTO attachment (task_id, progress_note_id, work_item_id, decision_id, file_name, media_type, "
        "size_bytes, sha256, added_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "_s
            + m_records.database().now() + u")"_s,
        {attachment.taskId, SqlValue::of(attachment.progressNoteId), SqlValue::of(attachment.workItemId),
         SqlValue::of(attachment.decisionId), attachment.fileName, attachment.mediaType, attachment.sizeBytes,
         attachment.sha256, SqlValue::of(attachment.addedBy)});
}

Status SqlAttachmentRepository::addChunk(qint64 attachmentId, int part, const QByteArray &bytes)
{
    const Result<int> added = m_chunks.execute(
        u"INSERT INTO attachment_chunk (attachment_id, part, bytes) VALUES (?, ?, ?)"_s,
        {attachmentId, part, bytes});
    if (!added)
        return added.error();
    return {};
}

Status SqlAttachmentRepository::stageChunk(const QString &token, int part, const QByteArray &bytes)
{
    const Result<int> staged = m_staged.executeOnScratch(
        u"INSERT INTO attachment_upload (token, part, bytes) VALUES (?, ?, ?)"_s, {token, part, bytes});
    return staged ? Status() : Status(staged.error());
}

Result<AttachmentRepository::Adopted> SqlAttachmentRepository::adoptStaged(qint64 attachmentId, const QString &token)
{
    const Result<int> moved = m_chunks.execute(u"INSERT INTO attachment_chunk (attachment_id, part, bytes) "
                                               "SELECT ?, part, bytes FROM attachment_upload WHERE token = ? "
                                               "ORDER BY part"_s,
                                               {attachmentId, token});
    if (!moved)
        return moved.error();
    if (const Status discarded = discardStaged(token); !discarded)
        return discarded.error();
    Adopted adopted;
    const Status counted = m_chunks.run(u"SELECT count(*), coalesce(sum(length(bytes)), 0) FROM attachment_chunk "
                                        "WHERE attachment_id = ?"_s,
                                        {attachmentId}, [&](const QSqlQuery &row) {
                                            adopted.parts = row.value(0).toInt();
                                            adopted.bytes = row.value(1).toLongLong();
                                        });
    if (!counted)
        return counted.error();
    return adopted;
}

Status SqlAttachmentRepository::ensureRoomFor(qint64 bytes)
{
    return m_staged.database().ensureRoomFor(bytes);
}

Status SqlAttachmentRepository::discardStaged(const QString &token)
{
    if (m_staged.database().deletesThroughFunction())
        return m_staged.run(u"SELECT dotpha_discard_staged(?, NULL)"_s, {token}, [](const QSqlQuery &) {});
    const Result<int> discarded =
        m_staged.executeOnScratch(u"DELETE FROM attachment_upload WHERE token = ?"_s, {token});
    return discarded ? Status() : Status(discarded.error());
}

// The database's clock, not this PC's: one whose date is wrong neither discards another's attach
// under way nor has its own discarded.
Status SqlAttachmentRepository::discardStagedLongerThan(int seconds)
{
    if (m_staged.database().deletesThroughFunction())
        return m_staged.run(u"SELECT dotpha_discard_staged(NULL, ?)"_s, {seconds}, [](const QSqlQuery &) {});
    const Result<int> discarded = m_staged.executeOnScratch(
        u"DELETE FROM attachment_upload WHERE staged_at < "_s + m_staged.database().secondsSinceEpoch() + u" - ?"_s,
        {seconds});
    return discarded ? Status() : Status(discarded.error());
}

// One chunk a statement: a driver may hold a whole result in memory (QPSQL does), and a file's
// chunks together are as large as the file.
Status SqlAttachmentRepository::readChunks(qint64 attachmentId, const std::function<bool(const QByteArray &)> &each)
{
    const Result<QList<int>> parts = m_chunks.integers(
        u"SELECT part FROM attachment_chunk WHERE attachment_id = ? ORDER BY part"_s, {attachmentId});
    if (!parts)
        return parts.error();
    for (const int part : *parts) {
        bool goOn = true;
        const Status read = m_chunks.run(
            u"SELECT bytes FROM attachment_chunk WHERE attachment_id = ? AND part = ?"_s, {attachmentId, part},
            [&](const QSqlQuery &query) { goOn = each(query.value(0).toByteArray()); });
        if (!read)
            return read;
        if (!goOn)
            break;
    }
    return {};
}

Result<int> SqlAttachmentRepository::setRemoved(qint64 id, int version, bool removed)
{
    const QString removedAt = removed ? m_records.database().now() : u"NULL"_s;
    return m_records.update(u"UPDATE attachment SET removed_at = "_s + removedAt
                                + u", version = version + 1 WHERE id = ? AND version = ?"_s,
                            {}, id, version);
}

Result<Attachment> SqlAttachmentRepository::find(qint64 id)
{
    return m_records.selectOne<Attachment>(u"SELECT "_s + Columns + u" FROM attachment WHERE id = ?"_s, {id},
                                           readAttachment);
}

Result<QList<Attachment>> SqlAttachmentRepository::ofTask(qint64 taskId)
{
    return m_records.select<Attachment>(u"SELECT "_s + Columns + u" FROM attachment WHERE task_id = ? ORDER BY id"_s,
                                        {taskId}, readAttachment);
}

Result<QList<Attachment>> SqlAttachmentRepository::all()
{
    return m_records.select<Attachment>(u"SELECT "_s + Columns + u" FROM attachment ORDER BY id"_s, {},
                                        readAttachment);
}

} // namespace dotpha
