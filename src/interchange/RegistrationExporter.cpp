#include "RegistrationExporter.h"

#include "CsvFile.h"
#include "FieldRepository.h"
#include "RegistrationColumns.h"
#include "TaskRepository.h"
#include "XlsxFile.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace dotpha {

Status RegistrationExporter::write(const QString &path, const QList<QVariantList> &rows)
{
    if (path.endsWith(u".csv"_s, Qt::CaseInsensitive)) {
        QList<QStringList> lines{RegistrationColumns::headers()};
        lines.reserve(rows.size() + 1);
        for (const QVariantList &row : rows) {
            QStringList cells;
            for (const QVariant &value : row)
                cells << RegistrationColumns::text(value);
            lines << cells;
        }
        return CsvFile::write(path, lines);
    }
    if (path.endsWith(u".xlsx"_s, Qt::CaseInsensitive))
        return XlsxFile::write(path, u"Đăng ký"_s, RegistrationColumns::headers(), rows);
    return Error(Error::Kind::File,
                 tr("%1: the file name must end in .xlsx or .csv.").arg(QDir::toNativeSeparators(path)));
}

Result<int> RegistrationExporter::exportYear(int year, const QString &path)
{
    TaskQuery query;
    query.year = year;
    const Result<QList<Task>> tasks = m_repositories.tasks.list(query);
    if (!tasks)
        return tasks.error();
    QHash<qint64, QString> fieldNames;
    if (const Result<QList<Field>> fields = m_repositories.fields.all()) {
        for (const Field &field : *fields)
            fieldNames.insert(field.id, field.name);
    }
    QList<QVariantList> rows;
    rows.reserve(tasks->size());
    for (const Task &task : *tasks)
        rows << RegistrationColumns::values(task, fieldNames);
    if (const Status written = write(path, rows); !written)
        return written.error();
    return int(rows.size());
}

Status RegistrationExporter::exportTemplate(const QString &path)
{
    return write(path, {});
}

} // namespace dotpha
