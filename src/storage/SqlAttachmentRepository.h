#pragma once

#include "AttachmentRepository.h"
#include "SqlTable.h"

#include <QCoreApplication>

namespace dotpha {

// attachment holds each file's record, audited as every record is; attachment_chunk its bytes,
// which the trail does not copy: the record's SHA-256 proves them (AttachmentCheck);
// attachment_upload the chunks staged ahead of their record, which are nobody's record.
class SqlAttachmentRepository final : public AttachmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqlAttachmentRepository)

public:
    explicit SqlAttachmentRepository(SqlConnection &database);

    Result<qint64> add(const Attachment &attachment) override;
    Status addChunk(qint64 attachmentId, int part, const QByteArray &bytes) override;
    Status stageChunk(const QString &token, int part, const QByteArray &bytes) override;
    Result<Adopted> adoptStaged(qint64 attachmentId, const QString &token) override;
    Status discardStaged(const QString &token) override;
    Status ensureRoomFor(qint64 bytes) override;
    Status discardStagedLongerThan(int seconds) override;
    Status readChunks(qint64 attachmentId, const std::function<bool(const QByteArray &)> &each) override;
    Result<int> setRemoved(qint64 id, int version, bool removed) override;
    Result<Attachment> find(qint64 id) override;
    Result<QList<Attachment>> ofTask(qint64 taskId) override;
    Result<QList<Attachment>> all() override;

private:
    SqlTable m_records;
    SqlTable m_chunks;
    SqlTable m_staged;
};

} // namespace dotpha
