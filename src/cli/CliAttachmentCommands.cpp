#include "CliAttachmentCommands.h"

#include "AttachmentReader.h"
#include "AttachmentService.h"
#include "CliExit.h"
#include "CliSession.h"
#include "Services.h"
#include "TaskRepository.h"
#include "Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

using CliExit::DataProblem;
using CliExit::Done;

QJsonValue idOrNull(std::optional<qint64> id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

QJsonObject toJson(const Attachment &attachment)
{
    return {{u"id"_s, attachment.id},
            {u"task_id"_s, attachment.taskId},
            {u"progress_note_id"_s, idOrNull(attachment.progressNoteId)},
            {u"work_item_id"_s, idOrNull(attachment.workItemId)},
            {u"decision_id"_s, idOrNull(attachment.decisionId)},
            {u"file_name"_s, attachment.fileName},
            {u"media_type"_s, attachment.mediaType},
            {u"size_bytes"_s, attachment.sizeBytes},
            {u"sha256"_s, attachment.sha256},
            {u"added_at"_s, attachment.createdAt.toUTC().toString(Qt::ISODate)},
            {u"removed"_s, attachment.isRemoved()}};
}

} // namespace

int CliAttachmentCommands::fail(const Error &error)
{
    return CliExit::failWith(m_err, error);
}

QString CliAttachmentCommands::ownerOf(const Attachment &attachment)
{
    if (attachment.progressNoteId)
        return tr("progress note %1").arg(*attachment.progressNoteId);
    if (attachment.workItemId)
        return tr("work item %1").arg(*attachment.workItemId);
    if (attachment.decisionId)
        return tr("decision %1").arg(*attachment.decisionId);
    return tr("the task");
}

int CliAttachmentCommands::attach(const Attachment &target, const QString &path)
{
    AttachmentService attachments(m_session.workspace().repositories());
    const Result<qint64> added = attachments.attach(m_session.actor(), target, path);
    if (!added)
        return fail(added.error());
    m_out << tr("Attached %1 to task %2 as file %3.").arg(QDir::toNativeSeparators(path)).arg(target.taskId).arg(*added)
          << Qt::endl;
    return Done;
}

int CliAttachmentCommands::list(qint64 taskId, bool asJson)
{
    Repositories &repositories = m_session.workspace().repositories();
    if (const Result<Task> task = repositories.tasks.find(taskId); !task)
        return fail(task.error());
    const Result<QList<Attachment>> found = AttachmentService(repositories).ofTask(taskId);
    if (!found)
        return fail(found.error());
    if (asJson) {
        QJsonArray array;
        for (const Attachment &attachment : *found)
            array.append(toJson(attachment));
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Done;
    }
    if (found->isEmpty())
        m_out << tr("Task %1 has no attached files.").arg(taskId) << Qt::endl;
    const QLocale locale;
    for (const Attachment &attachment : *found) {
        m_out << attachment.id << u"  "_s << attachment.printableName() << u"  "_s << locale.formattedDataSize(attachment.sizeBytes, 2, QLocale::DataSizeTraditionalFormat)
              << u"  "_s << ownerOf(attachment) << u"  "_s << locale.toString(attachment.createdAt.toLocalTime(), QLocale::ShortFormat)
              << u"  sha256 "_s << attachment.sha256.left(16);
        if (attachment.isRemoved())
            m_out << u"  "_s << tr("(removed)");
        m_out << Qt::endl;
    }
    return Done;
}

int CliAttachmentCommands::extract(qint64 attachmentId, const QString &target)
{
    if (target == u"-"_s)
        return extractToStandardOutput(attachmentId);
    if (const Status written = AttachmentReader(m_session.workspace().repositories()).extract(attachmentId, target);
        !written)
        return fail(written.error());
    m_out << tr("Wrote attached file %1 to %2; it matches its SHA-256.").arg(attachmentId).arg(QDir::toNativeSeparators(target))
          << Qt::endl;
    return Done;
}

int CliAttachmentCommands::extractToStandardOutput(qint64 attachmentId)
{
    m_out.flush();
    QFile standardOutput;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly))
        return fail(Error(Error::Kind::File, tr("Standard output cannot be written: %1").arg(standardOutput.errorString())));
    const Status written = AttachmentReader(m_session.workspace().repositories())
                               .extractTo(attachmentId, standardOutput, tr("standard output"));
    standardOutput.flush();
    return written ? Done : fail(written.error());
}

} // namespace dotpha
