#pragma once

#include "Result.h"
#include "XlsxSheetParser.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>

namespace dotpha {

class ZipArchive;

// Reads the first sheet of an XLSX workbook into rows of text, streaming its XML out of the zip.
// Refuses, naming the file and the cell where there is one: what is not a zip, a member that
// unpacks to far more than its compressed size or than a spreadsheet holds (a zip bomb),
// workbooks without a sheet, anything past Excel's limits, and text in a pre-Unicode encoding.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    struct Limits
    {
        // A member may unpack to ratio times its compressed size, and any member to smallBytes:
        // genuine sheets compress ten to twenty times, a zip bomb a thousand.
        qint64 ratio = 100;
        qint64 smallBytes = 16 * 1024 * 1024;
        qint64 memberBytes = qint64(2) * 1024 * 1024 * 1024;
        qint64 totalBytes = qint64(4) * 1024 * 1024 * 1024;
        // What the texts, cells and rows read may hold in memory (MemoryBudget).
        qint64 memoryBytes = MemoryBudget::DefaultBytes;
        XlsxSheetParser::Limits sheet;
    };

    static Result<QList<QStringList>> read(const QString &path);
    // stop, when given and set meanwhile (by another thread), ends the reading with
    // Error::Kind::Cancelled.
    static Result<QList<QStringList>> read(const QString &path, const Limits &limits,
                                           const std::atomic<bool> *stop = nullptr);

private:
    XlsxReader(const QString &path, const Limits &limits, const std::atomic<bool> *stop);

    Result<QList<QStringList>> read();
    bool declaredSizesFit(const ZipArchive &zip) const;
    qint64 limitFor(const ZipArchive &zip, const QString &part) const;
    Status parse(ZipArchive &zip, const QString &part, StreamingXmlParser &parser);
    Status checkEncoding(const QList<QStringList> &rows) const;
    Error refused(const QString &problem) const;
    Error bomb() const;

    QString m_path;
    QString m_name;   // as the user's system writes it
    Limits m_limits;
    const std::atomic<bool> *m_stop;
    bool m_stopped = false;
    qint64 m_fileSize = 0;
};

} // namespace dotpha
