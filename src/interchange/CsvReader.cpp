#include "CsvReader.h"

#include "LegacyEncoding.h"
#include "MemoryBudget.h"
#include "TextDecoding.h"

#include <QDir>
#include <QFile>

#include <optional>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

constexpr qint64 MaxCsvBytes = 64 * 1024 * 1024;
constexpr qint64 ReadChunkBytes = 1024 * 1024;
// Excel's own limits: a CSV beyond them is no sheet Excel could have saved.
constexpr qsizetype MaxFields = 16384;
constexpr qsizetype MaxRecords = 1048576;

} // namespace

namespace {

const QString Candidates = u",;\t"_s;

// Excel's reading of quotes: a quote opens a quoted field only as the field's first character;
// anywhere else it is a character like the others. In a quoted field a doubled quote is one
// quote, and text after the closing quote joins the field. This is also Python's csv module.
class CsvScanner
{
public:
    // Without a budget, for text already in memory (tests, pasted cells): unbounded.
    CsvScanner(const QString &text, QChar separator, MemoryBudget *budget = nullptr)
        : m_text(text), m_separator(separator), m_budget(budget)
    {
    }

    QList<QStringList> rows()
    {
        for (m_at = 0; m_at < m_text.size() && !m_tooLarge; ++m_at)
            step(m_text.at(m_at));
        if (!m_tooLarge && (m_inQuotes || !m_field.isEmpty() || !m_row.isEmpty() || m_fieldWasQuoted))
            endRow();
        return m_rows;
    }

    // The row (one-based) where the reading stopped: past Excel's columns or rows, or past the
    // memory budget.
    std::optional<qsizetype> tooLargeAt() const
    {
        return m_tooLarge ? std::optional<qsizetype>(m_rows.size() + 1) : std::nullopt;
    }
    bool pastExcelsColumns() const { return m_pastColumns; }

    // Where a quoted field was opened and never closed: the rest of the file went into it.
    std::optional<std::pair<qsizetype, qsizetype>> unclosedQuote() const { return m_unclosed; }

private:
    void step(QChar c)
    {
        if (m_inQuotes) {
            if (c != u'"') {
                m_field += c;
            } else if (m_at + 1 < m_text.size() && m_text.at(m_at + 1) == u'"') {
                m_field += u'"';
                ++m_at;
            } else {
                m_inQuotes = false;
            }
        } else if (c == u'"' && m_fieldStart) {
            m_inQuotes = m_fieldWasQuoted = true;
            m_fieldStart = false;
            m_openedAt = {m_rows.size() + 1, m_row.size() + 1};
        } else if (c == m_separator) {
            endField();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && m_at + 1 < m_text.size() && m_text.at(m_at + 1) == u'\n')
                ++m_at;
            endRow();
        } else {
            m_field += c;
            m_fieldStart = false;
        }
    }

    void endField()
    {
        if (m_row.size() >= MaxFields) {
            m_tooLarge = m_pastColumns = true;
            return;
        }
        QString field = m_field.normalized(QString::NormalizationForm_C);
        if (m_budget && !m_budget->charge(MemoryBudget::cellBytes(field.size())))
            m_tooLarge = true;
        m_row << std::move(field);
        m_field.clear();
        m_fieldStart = true;
        m_fieldWasQuoted = false;
    }

    void endRow()
    {
        if (m_inQuotes)
            m_unclosed = m_openedAt;
        // A blank line is a row without fields, as Python has it.
        if (!m_row.isEmpty() || !m_field.isEmpty() || m_fieldWasQuoted)
            endField();
        if (m_tooLarge)
            return;
        m_row.squeeze();
        if (m_rows.size() >= MaxRecords || (m_budget && !m_budget->charge(MemoryBudget::rowBytes(m_row.size())))) {
            m_tooLarge = true;
            return;
        }
        m_rows << m_row;
        m_row.clear();
        m_fieldStart = true;
        m_fieldWasQuoted = false;
        m_inQuotes = false;
    }

    const QString &m_text;
    const QChar m_separator;
    MemoryBudget *m_budget;
    bool m_tooLarge = false;
    bool m_pastColumns = false;
    qsizetype m_at = 0;
    QList<QStringList> m_rows;
    QStringList m_row;
    QString m_field;
    bool m_inQuotes = false;
    bool m_fieldStart = true;
    bool m_fieldWasQuoted = false;
    std::pair<qsizetype, qsizetype> m_openedAt;
    std::optional<std::pair<qsizetype, qsizetype>> m_unclosed;
};

} // namespace

QChar CsvReader::separatorOf(const QString &text)
{
    int counts[3] = {0, 0, 0};
    bool quoted = false;
    bool fieldStart = true;
    int lines = 0;
    for (const QChar c : text) {
        if (quoted) {
            quoted = c != u'"';
            continue;
        }
        if (const qsizetype candidate = Candidates.indexOf(c); candidate >= 0) {
            ++counts[candidate];
            fieldStart = true;
        } else if (c == u'"' && fieldStart) {
            quoted = true;
            fieldStart = false;
        } else if (c == u'\n') {
            if (++lines >= 20)
                break;
            fieldStart = true;
        } else {
            fieldStart = false;
        }
    }
    qsizetype best = 0;   // a comma on a tie
    for (qsizetype i = 1; i < Candidates.size(); ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return Candidates.at(best);
}

QList<QStringList> CsvReader::parse(const QString &text)
{
    return CsvScanner(text, separatorOf(text)).rows();
}

Result<QList<QStringList>> CsvReader::read(const QString &path, const std::atomic<bool> *stop)
{
    const QString name = QDir::toNativeSeparators(path);
    const auto stopped = [&] { return stop && stop->load(std::memory_order_relaxed); };
    const Error cancelled(Error::Kind::Cancelled, tr("Reading %1 was stopped.").arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::File, tr("Cannot read %1: %2").arg(name, file.errorString()));
    const Error tooLarge(Error::Kind::Refused, tr("The file %1 is too large for a registration list.").arg(name));
    if (file.size() > MaxCsvBytes)
        return tooLarge;
    // Read in chunks, up to the cap: a device or a pipe says its size is 0 and may never end.
    // Until read() gives nothing: atEnd() of a device says true before the first read.
    QByteArray bytes;
    for (;;) {
        if (stopped())
            return cancelled;
        const QByteArray chunk = file.read(ReadChunkBytes);
        if (chunk.isEmpty())
            break;
        if (bytes.size() + chunk.size() > MaxCsvBytes)
            return tooLarge;
        bytes += chunk;
    }
    if (file.error() != QFileDevice::NoError)
        return Error(Error::Kind::File, tr("Cannot read %1: %2").arg(name, file.errorString()));
    const TextDecoding::Decoded decoded = TextDecoding::decode(bytes);
    bytes = QByteArray();
    if (stopped())
        return cancelled;
    switch (decoded.verdict) {
    case TextDecoding::Verdict::Workbook:
        return Error(Error::Kind::Refused,
                     tr("The file %1 is an Excel workbook, not a CSV file: rename it to end in .xlsx and import it "
                        "again, or save it from Excel as \"CSV UTF-8 (Comma delimited)\".").arg(name));
    case TextDecoding::Verdict::Binary:
        return Error(Error::Kind::Refused,
                     tr("The file %1 is not a text file: it holds bytes that no text has. A registration list is an "
                        "Excel workbook (.xlsx) or a CSV file.").arg(name));
    case TextDecoding::Verdict::Legacy:
        return legacyRefusal(name, decoded.legacy);
    case TextDecoding::Verdict::Unrecognised:
        return Error(Error::Kind::Refused,
                     tr("The file %1 is neither Unicode (UTF-8, UTF-16) nor Windows-1258, TCVN3 or VNI text. In Excel, "
                        "save it as \"CSV UTF-8 (Comma delimited)\" and import it again.").arg(name));
    case TextDecoding::Verdict::Damaged:
    case TextDecoding::Verdict::Decoded:
        break;
    }
    const QString &text = decoded.text;
    if (const LegacyEncoding::Kind legacy = LegacyEncoding::detect(text); legacy != LegacyEncoding::Kind::None)
        return legacyRefusal(name, legacy);   // TCVN3 letters typed in a Unicode file, with a .Vn font
    MemoryBudget budget;
    if (!budget.charge(MemoryBudget::textBytes(text.size())))
        return tooLarge;
    CsvScanner scanner(text, separatorOf(text), &budget);
    QList<QStringList> rows = scanner.rows();
    if (stopped())
        return cancelled;
    if (const std::optional<qsizetype> row = scanner.tooLargeAt())
        return Error(Error::Kind::Refused,
                     scanner.pastExcelsColumns()
                         ? tr("%1, row %2: the row has more than 16,384 columns, more than Excel's sheets have. This is "
                              "no registration list; check the file.").arg(name).arg(*row)
                         : tr("%1, row %2: the file needs more memory than one import may take (%3 MB), or has more "
                              "rows than Excel's 1,048,576. Split it into smaller files.")
                               .arg(name).arg(*row).arg(budget.limitMegabytes()));
    if (const auto unclosed = scanner.unclosedQuote())
        return Error(Error::Kind::Refused,
                     tr("%1, row %2, column %3: a quote opens a quoted cell that is never closed, so the rest of the "
                        "file would be one cell. Add the closing quote or remove the opening one.")
                         .arg(name).arg(unclosed->first).arg(unclosed->second));
    if (decoded.verdict == TextDecoding::Verdict::Damaged)
        return damagedRefusal(name, rows, decoded.encoding);
    return rows;
}

Error CsvReader::legacyRefusal(const QString &name, LegacyEncoding::Kind legacy)
{
    return Error(Error::Kind::Refused,
                 tr("The file %1 is written in the old %2 encoding. Convert it to Unicode first (for example with "
                    "Unikey's converter: Ctrl+Shift+F6, source %2, destination Unicode) and import it again.")
                     .arg(name, LegacyEncoding::name(legacy)));
}

// The bad bytes were decoded as U+FFFD: the first cell holding one is where the file is damaged.
Error CsvReader::damagedRefusal(const QString &name, const QList<QStringList> &rows, TextDecoding::Encoding encoding)
{
    for (qsizetype row = 0; row < rows.size(); ++row) {
        for (qsizetype column = 0; column < rows.at(row).size(); ++column) {
            if (rows.at(row).at(column).contains(QChar::ReplacementCharacter))
                return Error(Error::Kind::Refused,
                             tr("%1, row %2, column %3: the text holds a byte that is not %4, so the cell cannot be "
                                "read. The file may have been cut short or joined from files in different encodings; "
                                "correct the cell or save the file again as \"CSV UTF-8\".")
                                 .arg(name).arg(row + 1).arg(column + 1).arg(TextDecoding::name(encoding)));
        }
    }
    return Error(Error::Kind::Refused, tr("The file %1 holds bytes that are not %2.").arg(name, TextDecoding::name(encoding)));
}

} // namespace dotpha
