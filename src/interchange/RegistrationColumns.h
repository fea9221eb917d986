#pragma once

#include "Task.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace dotpha {

// The columns of a registration spreadsheet, as offices exchange them: Vietnamese headers (English
// ones accepted on import) and Vietnamese words for the kinds, natures, origins and statuses.
class RegistrationColumns
{
public:
    enum Column {
        Year, Kind, Unit, OwnerKind, FullName, Position, Title, Content, Objective, ExpectedResult, Solutions,
        Nature, Field, Deadline, Origin, Status, ColumnCount
    };

    static QString header(Column column);
    static QStringList headers();
    // The column a header names, in Vietnamese or English, ignoring accents, case and spacing.
    // The joined "Mục tiêu / Kết quả cần đạt" of files written before the two were split names
    // the expected result, which is what those files put there.
    static std::optional<Column> columnOf(const QString &header);

    // One task as spreadsheet values, in column order: text, a year as a number (a span of years
    // as text), the deadline as a QDate (invalid when there is none).
    static QVariantList values(const Task &task, const QHash<qint64, QString> &fieldNames);
    // A value as a text-only format (CSV) writes it: dates as dd/mm/yyyy.
    static QString text(const QVariant &value);
};

} // namespace dotpha
