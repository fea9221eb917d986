#include "XlsxReader.h"

#include "LegacyEncoding.h"
#include "XlsxCellReference.h"
#include "XlsxPackage.h"
#include "XlsxSharedStringsParser.h"
#include "ZipArchive.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

// Relationship and workbook parts are small; this is all they may unpack to.
constexpr qint64 SmallPartBytes = 16 * 1024 * 1024;

// The cell of a row in a legacy encoding that shows it by itself, or else the one with the most
// letters beyond ASCII.
qsizetype mostLegacyCell(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (LegacyEncoding::detect(cells.at(i)) != LegacyEncoding::Kind::None)
            return i;
    }
    qsizetype most = 0;
    qsizetype mostLetters = -1;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const qsizetype letters = std::count_if(cells.at(i).cbegin(), cells.at(i).cend(),
                                                [](QChar c) { return c.unicode() > 0x7f; });
        if (letters > mostLetters) {
            most = i;
            mostLetters = letters;
        }
    }
    return most;
}

} // namespace

XlsxReader::XlsxReader(const QString &path, const Limits &limits, const std::atomic<bool> *stop)
    : m_path(path)
    , m_name(QDir::toNativeSeparators(path))
    , m_limits(limits)
    , m_stop(stop)
    , m_fileSize(QFileInfo(path).size())
{
}

Result<QList<QStringList>> XlsxReader::read(const QString &path)
{
    return read(path, Limits());
}

Result<QList<QStringList>> XlsxReader::read(const QString &path, const Limits &limits, const std::atomic<bool> *stop)
{
    return XlsxReader(path, limits, stop).read();
}

Result<QList<QStringList>> XlsxReader::read()
{
    if (!QFileInfo::exists(m_path))
        return Error(Error::Kind::File, tr("The file %1 does not exist.").arg(m_name));
    ZipArchive zip(m_path);
    if (!zip.isOpen())
        return refused(tr("The file %1 is not an Excel workbook (.xlsx): it is not a zip archive.").arg(m_name));
    if (!declaredSizesFit(zip))
        return bomb();
    const std::optional<XlsxPackage::Parts> parts = XlsxPackage::locate(zip, [&](const QString &part) {
        return zip.readAll(part, qMin(SmallPartBytes, limitFor(zip, part)));
    });
    if (!parts)
        return refused(tr("The workbook %1 has no sheet to import.").arg(m_name));

    MemoryBudget budget(m_limits.memoryBytes);
    XlsxSharedStringsParser strings(m_limits.sheet.cellCharacters, budget);
    if (!parts->sharedStrings.isEmpty()) {
        if (const Status parsed = parse(zip, parts->sharedStrings, strings); !parsed)
            return parsed.error();
    }
    const QStringList sharedStrings = strings.takeStrings();
    XlsxSheetParser sheet(sharedStrings, m_limits.sheet, budget);
    if (const Status parsed = parse(zip, parts->sheet, sheet); !parsed)
        return parsed.error();
    QList<QStringList> rows = sheet.takeRows();
    if (const Status encoding = checkEncoding(rows); !encoding)
        return encoding.error();
    return rows;
}

// A first look from the sizes the archive declares, which a zip bomb may lie about: parse()
// holds each member to its limit whatever it declared.
bool XlsxReader::declaredSizesFit(const ZipArchive &zip) const
{
    qint64 total = 0;
    for (const ZipArchive::Member &member : zip.members()) {
        total += member.uncompressed;
        if (member.uncompressed > limitFor(zip, member.name) || total > m_limits.totalBytes)
            return false;
    }
    return true;
}

qint64 XlsxReader::limitFor(const ZipArchive &zip, const QString &part) const
{
    const std::optional<ZipArchive::Member> member = zip.find(part);
    if (!member)
        return 0;
    // The compressed size cannot honestly exceed the file that holds it.
    const qint64 compressed = qBound<qint64>(0, member->compressed, m_fileSize);
    const qint64 byRatio = compressed > m_limits.memberBytes / m_limits.ratio ? m_limits.memberBytes
                                                                              : compressed * m_limits.ratio;
    return qMin(qMin(m_limits.memberBytes, m_limits.totalBytes), qMax(m_limits.smallBytes, byRatio));
}

Status XlsxReader::parse(ZipArchive &zip, const QString &part, StreamingXmlParser &parser)
{
    const ZipArchive::ReadResult result = zip.read(part, limitFor(zip, part), [&](const QByteArray &bytes) {
        m_stopped = m_stop && m_stop->load(std::memory_order_relaxed);
        return !m_stopped && parser.feed(bytes);
    });
    if (m_stopped)
        return Error(Error::Kind::Cancelled, tr("Reading %1 was stopped.").arg(m_name));
    switch (result) {
    case ZipArchive::ReadResult::TooLarge:
        return bomb();
    case ZipArchive::ReadResult::Missing:
    case ZipArchive::ReadResult::Damaged:
        return refused(tr("The workbook %1 is damaged: its part %2 cannot be unpacked.").arg(m_name, part));
    case ZipArchive::ReadResult::Stopped:
        return refused(tr("The workbook %1 cannot be imported: %2.").arg(m_name, parser.problem()));
    case ZipArchive::ReadResult::Read:
        break;
    }
    if (!parser.finish())
        return refused(tr("The workbook %1 cannot be imported: %2.").arg(m_name, parser.problem()));
    return {};
}

// Text typed in TCVN3 or VNI reads as Latin-1 gibberish; the row as a whole tells, the cell
// that shows it most is named.
Status XlsxReader::checkEncoding(const QList<QStringList> &rows) const
{
    for (qsizetype row = 0; row < rows.size(); ++row) {
        const LegacyEncoding::Kind legacy = LegacyEncoding::detect(rows.at(row).join(u' '));
        if (legacy == LegacyEncoding::Kind::None)
            continue;
        const QStringList &cells = rows.at(row);
        const qsizetype column = mostLegacyCell(cells);
        return refused(tr("The file %1 is written in the old %2 encoding (cell %3 reads \"%4\"). Convert it to Unicode "
                          "first (for example with Unikey's converter: Ctrl+Shift+F6, source %2, destination Unicode) "
                          "and import it again.")
                           .arg(m_name, LegacyEncoding::name(legacy), XlsxCellReference::name(int(column), row + 1),
                                XlsxCellReference::quoted(cells.at(column))));
    }
    return {};
}

Error XlsxReader::refused(const QString &problem) const
{
    return Error(Error::Kind::Refused, problem);
}

Error XlsxReader::bomb() const
{
    return refused(tr("The file %1 would unpack to far more data than a spreadsheet holds (a \"zip bomb\"); it was not "
                      "opened.").arg(m_name));
}

} // namespace dotpha
