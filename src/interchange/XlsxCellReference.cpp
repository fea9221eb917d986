#include "XlsxCellReference.h"

namespace dotpha {

std::optional<int> XlsxCellReference::columnOf(QStringView reference, int maxColumns)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        if (++letters > 3)
            return std::nullopt;
        column = column * 26 + (u - u'A' + 1);
    }
    if (letters == 0 || column > maxColumns)
        return std::nullopt;
    return column - 1;
}

QString XlsxCellReference::columnName(int column)
{
    QString name;
    for (int rest = column + 1; rest > 0; rest = (rest - 1) / 26)
        name.prepend(QChar(u'A' + (rest - 1) % 26));
    return name;
}

QString XlsxCellReference::name(int column, qint64 row)
{
    return columnName(column) + QString::number(row);
}

QString XlsxCellReference::quoted(QStringView reference)
{
    constexpr qsizetype shown = 20;
    if (reference.size() <= shown)
        return reference.toString();
    return reference.left(shown).toString() + QChar(0x2026);
}

} // namespace dotpha
