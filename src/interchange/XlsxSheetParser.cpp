#include "XlsxSheetParser.h"

#include "XlsxCellReference.h"

using namespace Qt::StringLiterals;

namespace dotpha {

XlsxSheetParser::XlsxSheetParser(const QStringList &sharedStrings, const Limits &limits, MemoryBudget &budget)
    : m_sharedStrings(sharedStrings)
    , m_limits(limits)
    , m_budget(budget)
{
}

bool XlsxSheetParser::token(QXmlStreamReader &reader)
{
    if (reader.isStartElement()) {
        const QStringView name = reader.name();
        if (name == u"row"_s)
            return startRow(reader.attributes());
        if (name == u"c"_s)
            return startCell(reader.attributes());
        if (!m_inCell)
            return true;
        if (name == u"v"_s) {
            m_inValue = true;
            m_text.clear();
        } else if (name == u"is"_s) {
            m_text.clear();
        } else if (name == u"rPh"_s) {
            ++m_phoneticDepth;
        } else if (name == u"t"_s && m_phoneticDepth == 0) {
            m_inInlineText = true;
        }
    } else if (reader.isEndElement()) {
        const QStringView name = reader.name();
        if (name == u"row"_s)
            return endRow();
        if (name == u"c"_s)
            return endCell();
        if (name == u"v"_s)
            return endValue();
        if (name == u"is"_s)
            m_value = m_text;
        else if (name == u"rPh"_s)
            m_phoneticDepth = qMax(0, m_phoneticDepth - 1);
        else if (name == u"t"_s)
            m_inInlineText = false;
    } else if (reader.isCharacters() && m_inCell && (m_inValue || m_inInlineText)) {
        return gather(reader.text());
    }
    return true;
}

bool XlsxSheetParser::startRow(const QXmlStreamAttributes &attributes)
{
    qint64 number = m_rowNumber + 1;
    if (attributes.hasAttribute(u"r"_s)) {
        const QStringView given = attributes.value(u"r"_s);
        bool ok = false;
        number = given.toLongLong(&ok);
        if (!ok || number < 1)
            return refuse(tr("row number \"%1\" is not a number").arg(XlsxCellReference::quoted(given)));
        if (number > m_limits.rows)
            return refuse(tr("row %1 lies beyond Excel's last row, %2").arg(XlsxCellReference::quoted(given))
                              .arg(m_limits.rows));
        if (number <= m_rowNumber)
            return refuse(tr("row %1 comes after row %2; a sheet lists its rows in order").arg(number).arg(m_rowNumber));
    } else if (number > m_limits.rows) {
        return refuse(tr("it has more rows than Excel's %1").arg(m_limits.rows));
    }
    // Rows the sheet leaves out are empty; an empty list costs no cells, only its place.
    if (!charge((number - 1 - m_rows.size()) * MemoryBudget::rowBytes(0)))
        return false;
    while (m_rows.size() < number - 1)
        m_rows.append(QStringList());
    m_rowNumber = number;
    m_row.clear();
    m_column = -1;
    return true;
}

bool XlsxSheetParser::endRow()
{
    m_row.squeeze();
    if (!charge(MemoryBudget::rowBytes(m_row.size())))
        return false;
    m_rows.append(std::move(m_row));
    m_row = QStringList();
    m_column = -1;
    return true;
}

bool XlsxSheetParser::startCell(const QXmlStreamAttributes &attributes)
{
    if (m_rowNumber == 0)
        return refuse(tr("a cell stands outside any row"));
    int column = m_column + 1;
    if (attributes.hasAttribute(u"r"_s)) {
        const QStringView reference = attributes.value(u"r"_s);
        const std::optional<int> parsed = XlsxCellReference::columnOf(reference, m_limits.columns);
        if (!parsed)
            return refuse(tr("cell %1 lies beyond Excel's last column, %2")
                              .arg(XlsxCellReference::quoted(reference), XlsxCellReference::columnName(m_limits.columns - 1)));
        column = *parsed;
    } else if (column >= m_limits.columns) {
        return refuse(tr("row %1 has more cells than Excel's %2 columns").arg(m_rowNumber).arg(m_limits.columns));
    }
    m_column = column;
    m_inCell = true;
    m_type = attributes.value(u"t"_s).toString();
    m_value.clear();
    m_text.clear();
    m_inValue = false;
    m_inInlineText = false;
    m_phoneticDepth = 0;
    return true;
}

bool XlsxSheetParser::gather(QStringView text)
{
    if (m_text.size() + text.size() > m_limits.cellCharacters)
        return refuse(tr("cell %1 holds more than %2 characters, which Excel itself does not allow")
                          .arg(cellName()).arg(m_limits.cellCharacters));
    m_text += text;
    return true;
}

bool XlsxSheetParser::endValue()
{
    m_inValue = false;
    if (m_type != u"s"_s) {
        m_value = m_text;   // numbers, booleans, formula results and errors as written
        return true;
    }
    bool ok = false;
    const qint64 index = m_text.trimmed().toLongLong(&ok);
    if (!ok || index < 0 || index >= m_sharedStrings.size())
        return refuse(tr("cell %1 refers to shared text number %2, which the workbook does not have")
                          .arg(cellName(), XlsxCellReference::quoted(m_text)));
    m_value = m_sharedStrings.at(qsizetype(index));
    return true;
}

bool XlsxSheetParser::endCell()
{
    const int column = m_column;
    if (!m_value.isEmpty()) {
        // Counted before the row grows: a value far to the right pads the row with empty cells.
        const qint64 added = qMax<qint64>(1, column + 1 - m_row.size());
        m_cellsHeld += added;
        m_charactersHeld += m_value.size();
        if (m_cellsHeld > m_limits.cells)
            return refuse(tr("it holds more than %1 cells, more than one import can take").arg(m_limits.cells));
        if (m_charactersHeld > m_limits.characters)
            return refuse(tr("it holds more than %1 million characters of text, more than one import can take")
                              .arg(m_limits.characters / 1000000));
        while (m_row.size() <= column)
            m_row.append(QString());
        // Shared texts are normalised already, and charged once; an inline one is normalised here.
        if (m_type != u"s"_s && !charge(MemoryBudget::textBytes(m_value.size())))
            return false;
        m_row[column] = m_type == u"s"_s ? m_value : m_value.normalized(QString::NormalizationForm_C);
    }
    m_value.clear();
    m_inCell = false;
    m_inValue = false;
    m_inInlineText = false;
    return true;
}

bool XlsxSheetParser::charge(qint64 bytes)
{
    if (m_budget.charge(bytes))
        return true;
    return refuse(tr("at row %1 it needs more memory than one import may take (%2 MB); split the list into smaller "
                     "workbooks")
                      .arg(m_rowNumber).arg(m_budget.limitMegabytes()));
}

QString XlsxSheetParser::cellName() const
{
    return XlsxCellReference::name(m_column, m_rowNumber);
}

QString XlsxSheetParser::damaged(const QXmlStreamReader &reader) const
{
    return tr("its sheet is damaged near line %1 (%2)").arg(reader.lineNumber()).arg(reader.errorString());
}

} // namespace dotpha
