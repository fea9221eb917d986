#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace dotpha {

// Writes a one-sheet XLSX workbook through libxlsxwriter: a bold, frozen header row, wrapped text,
// readable column widths. Cells are written as text, so nothing becomes a formula. The file is
// written beside its final name and renamed into place.
class XlsxFile
{
    Q_DECLARE_TR_FUNCTIONS(XlsxFile)

public:
    static Status write(const QString &path, const QString &sheetName, const QStringList &header,
                        const QList<QStringList> &rows);
};

} // namespace dotpha
