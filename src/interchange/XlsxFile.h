#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

namespace dotpha {

// Writes a one-sheet XLSX workbook through libxlsxwriter: a bold, frozen header row, wrapped text,
// readable column widths. A text is written as text, so nothing becomes a formula; a number as a
// number; a QDate as an Excel date shown dd/mm/yyyy. The file is written beside its final name and
// renamed into place.
class XlsxFile
{
    Q_DECLARE_TR_FUNCTIONS(XlsxFile)

public:
    static Status write(const QString &path, const QString &sheetName, const QStringList &header,
                        const QList<QVariantList> &rows);
};

} // namespace dotpha
