#include "AuditExporter.h"

#include "AuditDescription.h"
#include "CsvFile.h"

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

constexpr int PageSize = 5000;

QStringList rowOf(const AuditEntry &entry)
{
    return {QString::number(entry.id),
            entry.recordedAt.toUTC().toString(Qt::ISODateWithMs),
            AuditDescription::actor(entry),
            AuditDescription::action(entry.action),
            AuditDescription::subject(entry),
            entry.taskId ? QString::number(*entry.taskId) : QString(),
            entry.field,
            entry.oldValue.value_or(QString()),
            entry.newValue.value_or(QString()),
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
        for (int offset = 0;; offset += PageSize) {
            const Result<QList<AuditEntry>> page = audit.page(offset, PageSize);
            if (!page)
                return page.error();
            for (const AuditEntry &entry : *page)
                rows << rowOf(entry);
            if (page->size() < PageSize)
                break;
        }
    }
    if (const Status written = CsvFile::write(path, rows); !written)
        return written.error();
    return int(rows.size() - 1);
}

} // namespace dotpha
