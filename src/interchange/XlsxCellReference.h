#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace dotpha {

// Cell references as a sheet writes them ("B7", "XFD1048576"), parsed without ever overflowing:
// Excel's columns stop at XFD, three letters.
class XlsxCellReference
{
public:
    static constexpr int MaxColumns = 16384;

    // The zero-based column of a reference: "BC12" -> 54. nullopt when it has no letters, more than
    // three, or names a column beyond maxColumns.
    static std::optional<int> columnOf(QStringView reference, int maxColumns = MaxColumns);
    // 54 -> "BC".
    static QString columnName(int column);
    // Zero-based column, one-based row -> "BC12".
    static QString name(int column, qint64 row);
    // A reference from a file, cut short enough to quote in a message.
    static QString quoted(QStringView reference);
};

} // namespace dotpha
