#include "AttachmentService.h"

#include "ActorPermission.h"
#include "AttachmentRepository.h"
#include "CommitteeSettingChange.h"
#include "CommitteeSettingsRepository.h"
#include "DecisionRepository.h"
#include "ProgressNoteRepository.h"
#include "TaskRepository.h"
#include "TransactionRunner.h"
#include "WorkItemRepository.h"
#include "WorkflowPolicy.h"
#include "YearSeal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QScopeGuard>
#include <QUuid>

#include <algorithm>

namespace dotpha {

namespace {

constexpr qint64 BytesPerMegabyte = 1024 * 1024;
// Staged chunks older than this belong to no attach still under way.
constexpr int StagedLifetimeSeconds = 24 * 60 * 60;
// Attaching holds a file twice for a moment (staged, then adopted), with the journal besides.
constexpr qint64 RoomFactor = 2;
constexpr qint64 RoomMarginBytes = 16 * 1024 * 1024;

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / BytesPerMegabyte, 'f', 1);
}

// Reports progress; false when the user cancelled.
bool goesOn(const AttachmentProgress &progress, qint64 done, qint64 total)
{
    return !progress || progress(done, total);
}

} // namespace

Status AttachmentService::openToRead(QFile &file)
{
    const QFileInfo info(file.fileName());
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists())
        return Error(Error::Kind::File, tr("The file %1 does not exist (any more).").arg(shown));
    if (!info.isFile())
        return Error(Error::Kind::File, tr("%1 is a folder, not a file.").arg(shown));
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::File, tr("The file %1 cannot be read: %2").arg(shown, file.errorString()),
                     file.errorString());
    return {};
}

// The first reading: the name, the size and the SHA-256, before anything is written. Counts as
// the first half of the progress.
Result<AttachmentService::FileFacts> AttachmentService::inspect(const QString &path, const AttachmentProgress &progress)
{
    QFile file(path);
    if (const Status opened = openToRead(file); !opened)
        return opened.error();
    FileFacts facts{QFileInfo(path).fileName(), file.size(), {}};
    if (const Status sized = checkSize(facts); !sized)
        return sized.error();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 read = 0;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(Attachment::ChunkBytes);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            return Error(Error::Kind::File, tr("The file %1 could not be read to the end: %2")
                                                .arg(QDir::toNativeSeparators(path), file.errorString()));
        hash.addData(chunk);
        read += chunk.size();
        if (read > facts.size)
            return changedWhileAttached(path);
        if (!goesOn(progress, read, 2 * facts.size))
            return Error(Error::Kind::Cancelled, tr("Attaching %1 was cancelled; nothing was stored.").arg(facts.name));
    }
    facts.size = read;
    facts.sha256 = QString::fromLatin1(hash.result().toHex());
    return facts;
}

Status AttachmentService::checkSize(const FileFacts &facts)
{
    const Result<int> limit = sizeLimitMegabytes();
    if (!limit)
        return limit.error();
    if (facts.size > qint64(*limit) * BytesPerMegabyte)
        return Error(Error::Kind::Validation,
                     tr("%1 is %2 MB, over the largest file one may attach (%3 MB). Scan it at a lower resolution, or "
                        "ask an administrator to raise the limit.")
                         .arg(facts.name, megabytes(facts.size))
                         .arg(*limit));
    return {};
}

Status AttachmentService::checkAttachable(const User &actor, const Attachment &target)
{
    if (const Status allowed = ActorPermission::check(m_repositories, actor, WorkflowPolicy::Action::LogProgress);
        !allowed)
        return allowed;
    const Result<Task> task = m_repositories.tasks.find(target.taskId);
    if (!task)
        return task.error();
    if (const Status open = YearSeal::ensureOpen(m_repositories, task->year); !open)
        return open;
    return checkOwnerOf(target);
}

// The note, work item or decision named must be the task's own.
Status AttachmentService::checkOwnerOf(const Attachment &target)
{
    const auto belongs = [&](const auto &records, std::optional<qint64> id) {
        return std::any_of(records.cbegin(), records.cend(), [&](const auto &record) { return record.id == *id; });
    };
    const Error notTheTasks(Error::Kind::NotFound,
                            tr("The progress note, work item or decision to attach the file to is not task %1's.")
                                .arg(target.taskId));
    if (target.progressNoteId) {
        const auto notes = m_repositories.progressNotes.ofTask(target.taskId);
        if (!notes)
            return notes.error();
        return belongs(*notes, target.progressNoteId) ? Status() : Status(notTheTasks);
    }
    if (target.workItemId) {
        const auto items = m_repositories.workItems.ofTask(target.taskId);
        if (!items)
            return items.error();
        return belongs(*items, target.workItemId) ? Status() : Status(notTheTasks);
    }
    if (target.decisionId) {
        const auto decisions = m_repositories.decisions.ofTask(target.taskId);
        if (!decisions)
            return decisions.error();
        return belongs(*decisions, target.decisionId) ? Status() : Status(notTheTasks);
    }
    return {};
}

Result<qint64> AttachmentService::attach(const User &actor, const Attachment &target, const QString &path,
                                         const AttachmentProgress &progress)
{
    // Refused before the file is read when it may be (a role that does not attach, a closed
    // year); the transaction that records the file checks again, since the year may close or the
    // limit change while the chunks go.
    if (const Status attachable = checkAttachable(actor, target); !attachable)
        return attachable.error();
    const Result<FileFacts> facts = inspect(path, progress);
    if (!facts)
        return facts.error();
    Attachment attachment = target;
    attachment.fileName = facts->name;
    attachment.mediaType = QMimeDatabase().mimeTypeForFile(path).name();
    attachment.sizeBytes = facts->size;
    attachment.sha256 = facts->sha256;
    attachment.addedBy = actor.id > 0 ? std::optional<qint64>(actor.id) : std::nullopt;
    AttachmentRepository &files = m_repositories.attachments;
    if (const Status tidied = files.discardStagedLongerThan(StagedLifetimeSeconds); !tidied)
        return tidied.error();
    // Asked before the first chunk goes: on a disk that fills meanwhile, the chunks staged could
    // not be removed again (removing writes too), and would stay until the day's tidying.
    if (const Status room = files.ensureRoomFor(RoomFactor * facts->size + RoomMarginBytes); !room)
        return room.error();
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Whatever happens, nothing stays staged: a file recorded had its chunks adopted, one refused
    // or cancelled leaves none.
    const auto discard = qScopeGuard([&] { static_cast<void>(files.discardStaged(token)); });
    if (const Status staged = stageChunks(token, path, *facts, progress); !staged)
        return staged.error();
    return inTransaction<qint64>(m_repositories.transactions, [&]() -> Result<qint64> {
        if (const Status attachable = checkAttachable(actor, attachment); !attachable)
            return attachable.error();
        if (const Status sized = checkSize(*facts); !sized)
            return sized.error();
        const Result<qint64> added = files.add(attachment);
        if (!added)
            return added;
        const Result<AttachmentRepository::Adopted> adopted = files.adoptStaged(*added, token);
        if (!adopted)
            return adopted.error();
        // Another PC may have tidied away what was staged, or a login put a part of its own.
        if (adopted->parts != attachment.chunkCount() || adopted->bytes != facts->size)
            return changedWhileAttached(path);
        return added;
    });
}

Error AttachmentService::changedWhileAttached(const QString &path)
{
    return Error(Error::Kind::File, tr("%1 changed while it was being attached; nothing was stored. Attach it again "
                                       "once it is saved.")
                                        .arg(QDir::toNativeSeparators(path)));
}

// The second reading, as the chunks are staged: the second half of the progress. The bytes
// staged must be the bytes hashed, and no more of them: a file still growing (a scanner still
// writing it) is refused before it passes the size that was checked against the limit.
Status AttachmentService::stageChunks(const QString &token, const QString &path, const FileFacts &facts,
                                      const AttachmentProgress &progress)
{
    QFile file(path);
    if (const Status opened = openToRead(file); !opened)
        return opened;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 stored = 0;
    int part = 0;
    while (stored < facts.size) {
        const QByteArray chunk = file.read(std::min(Attachment::ChunkBytes, facts.size - stored));
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            return Error(Error::Kind::File, tr("The file %1 could not be read to the end: %2")
                                                .arg(QDir::toNativeSeparators(path), file.errorString()));
        if (chunk.isEmpty())
            break;
        hash.addData(chunk);
        if (const Status staged = m_repositories.attachments.stageChunk(token, part++, chunk); !staged)
            return staged;
        stored += chunk.size();
        if (!goesOn(progress, facts.size + stored, 2 * facts.size))
            return Error(Error::Kind::Cancelled, tr("Attaching %1 was cancelled; nothing was stored.").arg(facts.name));
    }
    if (stored != facts.size || !file.atEnd() || QString::fromLatin1(hash.result().toHex()) != facts.sha256)
        return changedWhileAttached(path);
    return {};
}

Status AttachmentService::remove(const User &actor, qint64 attachmentId)
{
    return setRemoved(actor, attachmentId, true);
}

Status AttachmentService::keep(const User &actor, qint64 attachmentId)
{
    return setRemoved(actor, attachmentId, false);
}

Status AttachmentService::setRemoved(const User &actor, qint64 attachmentId, bool removed)
{
    return m_repositories.transactions.inTransaction([&]() -> Status {
        const Result<Attachment> attachment = m_repositories.attachments.find(attachmentId);
        if (!attachment)
            return attachment.error();
        if (const Status attachable = checkAttachable(actor, *attachment); !attachable)
            return attachable;
        if (attachment->isRemoved() == removed)
            return {};
        const Result<int> changed = m_repositories.attachments.setRemoved(attachmentId, attachment->version, removed);
        return changed ? Status() : Status(changed.error());
    });
}

Result<QList<Attachment>> AttachmentService::ofTask(qint64 taskId)
{
    return m_repositories.attachments.ofTask(taskId);
}

Result<int> AttachmentService::sizeLimitMegabytes()
{
    const Result<std::optional<CommitteeSettings>> settings = m_repositories.settings.load();
    if (!settings)
        return settings.error();
    return settings.value() ? settings.value()->attachmentLimitMegabytes
                            : CommitteeSettings::DefaultAttachmentLimitMegabytes;
}

Status AttachmentService::setSizeLimitMegabytes(const User &actor, int megabytes)
{
    return CommitteeSettingChange::apply(
        m_repositories, actor, WorkflowPolicy::Action::SetAttachmentLimit,
        tr("The committee is not named yet: name it before setting the largest file to attach."),
        [megabytes](CommitteeSettings &settings) { settings.attachmentLimitMegabytes = megabytes; });
}

} // namespace dotpha
