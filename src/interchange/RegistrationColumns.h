#pragma once

#include "Task.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace dotpha {

// The columns of a registration spreadsheet, as offices exchange them: Vietnamese headers (English
// ones accepted on import) and Vietnamese words for the kinds, natures, origins and statuses.
class RegistrationColumns
{
public:
    enum Column {
        Year, Kind, Unit, OwnerKind, FullName, Position, Title, Content, ObjectiveOrResult, Solutions, Nature,
        Field, Deadline, Origin, Status, ColumnCount
    };

    static QString header(Column column);
    static QStringList headers();
    // The column a header names, in Vietnamese or English, ignoring accents, case and spacing.
    static std::optional<Column> columnOf(const QString &header);

    // One task as spreadsheet cells, in column order.
    static QStringList cells(const Task &task, const QHash<qint64, QString> &fieldNames);
};

} // namespace dotpha
