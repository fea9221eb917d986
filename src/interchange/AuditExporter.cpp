#include "AuditExporter.h"

#include "AuditHeadText.h"

#include "AuditDescription.h"
#include "CsvFile.h"

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

constexpr int PageSize = 5000;

QStringList rowOf(const AuditEntry &entry)
{
    // A fingerprint of a password hash says nothing to a reader and stays out of the export.
    const bool password = entry.field == u"password_fingerprint"_s;
    return {QString::number(entry.id),
            entry.recordedAt.toUTC().toString(Qt::ISODateWithMs),
            AuditDescription::actor(entry),
            AuditDescription::action(entry.action),
            AuditDescription::subject(entry),
            entry.taskId ? QString::number(*entry.taskId) : QString(),
            entry.field,
            password ? QString() : entry.oldValue.value_or(QString()),
            password ? QString() : entry.newValue.value_or(QString()),
            AuditDescription::change(entry),
            entry.note};
}

} // namespace

Result<int> AuditExporter::exportTo(AuditRepository &audit, const QString &path, std::optional<qint64> taskId)
{
    QList<QStringList> rows{{tr("No."), tr("Recorded at (UTC)"), tr("Who"), tr("Action"), tr("Record"), tr("Task"),
                             tr("Field"), tr("Old value"), tr("New value"), tr("Change"), tr("Note")}};
    if (taskId) {
        const Result<QList<AuditEntry>> entries = audit.ofTask(*taskId);
        if (!entries)
            return entries.error();
        for (auto entry = entries->crbegin(); entry != entries->crend(); ++entry)
            rows << rowOf(*entry);
    } else {
        for (std::optional<qint64> olderThan;;) {
            const Result<QList<AuditEntry>> page = audit.newest(PageSize, olderThan);
            if (!page)
                return page.error();
            for (const AuditEntry &entry : *page)
                rows << rowOf(entry);
            if (page->size() < PageSize)
                break;
            olderThan = page->constLast().id;
        }
    }
    const int entries = int(rows.size() - 1);
    // The head, so that the export is the reference a later `check --expect` compares with.
    const Result<std::optional<AuditHead>> head = audit.head();
    if (!head)
        return head.error();
    if (head->has_value())
        rows << QStringList{QString(), QString(), QString(), QString(), tr("Seal of the change log"), QString(),
                            QString(), QString(), (*head)->code(), AuditHeadText::describe(**head), QString()};
    if (const Status written = CsvFile::write(path, rows); !written)
        return written.error();
    return entries;
}

} // namespace dotpha
