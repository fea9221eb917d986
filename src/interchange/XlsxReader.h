#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace dotpha {

// Reads the first sheet of an XLSX workbook into rows of text, through minizip and
// QXmlStreamReader. Refuses, naming the file: what is not a zip, archives whose members unpack to
// more than the limits (a zip bomb), workbooks without a sheet, and cells longer than Excel allows.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    struct Limits
    {
        qint64 memberBytes = 100 * 1024 * 1024;   // one unpacked member
        qint64 totalBytes = 300 * 1024 * 1024;    // all members unpacked
        int cellCharacters = 32767;               // Excel's own limit
    };

    static Result<QList<QStringList>> read(const QString &path);
    static Result<QList<QStringList>> read(const QString &path, const Limits &limits);
};

} // namespace dotpha
