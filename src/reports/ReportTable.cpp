#include "ReportTable.h"

#include "DocumentCanvas.h"

#include <QTextOption>

#include <numeric>

namespace dotpha {

namespace {

constexpr qreal CellPaddingMm = 1.2;

} // namespace

ReportTable::ReportTable(QList<Column> columns, qreal fontPoints)
    : m_columns(std::move(columns))
    , m_fontPoints(fontPoints)
{
}

QList<qreal> ReportTable::columnWidths(qreal total) const
{
    const qreal weights = std::accumulate(m_columns.cbegin(), m_columns.cend(), 0.0,
                                          [](qreal sum, const Column &column) { return sum + column.weight; });
    QList<qreal> widths;
    for (const Column &column : m_columns)
        widths << total * column.weight / weights;
    return widths;
}

qreal ReportTable::rowHeight(DocumentCanvas &canvas, const Row &row, const QList<qreal> &widths) const
{
    const qreal padding = canvas.mm(CellPaddingMm);
    const QFont font = canvas.font(m_fontPoints, row.kind != RowKind::Data);
    if (row.kind == RowKind::Group)
        return canvas.textHeight(row.cells.value(0), font, canvas.area().width() - 2 * padding) + 2 * padding;
    qreal height = 0;
    for (int column = 0; column < widths.size(); ++column)
        height = std::max(height, canvas.textHeight(row.cells.value(column), font, widths.at(column) - 2 * padding));
    // A row taller than a page would never fit: it is cut at the page's height.
    return std::min(height + 2 * padding, canvas.area().height() * 0.9);
}

void ReportTable::paintRow(DocumentCanvas &canvas, const Row &row, const QList<qreal> &widths, qreal height,
                           bool header) const
{
    QPainter &painter = canvas.painter();
    const qreal padding = canvas.mm(CellPaddingMm);
    painter.setFont(canvas.font(m_fontPoints, header || row.kind != RowKind::Data));
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    if (row.kind == RowKind::Group) {
        const QRectF cell(0, canvas.y(), canvas.area().width(), height);
        painter.drawRect(cell);
        option.setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        painter.drawText(cell.adjusted(padding, padding, -padding, -padding), row.cells.value(0), option);
        return;
    }
    qreal x = 0;
    for (int column = 0; column < widths.size(); ++column) {
        const QRectF cell(x, canvas.y(), widths.at(column), height);
        painter.drawRect(cell);
        option.setAlignment((header ? Qt::AlignHCenter : m_columns.at(column).alignment) | Qt::AlignTop);
        painter.drawText(cell.adjusted(padding, padding, -padding, -padding), row.cells.value(column), option);
        x += widths.at(column);
    }
}

// What must stand on the same page as the row at index: for a group heading, the headings right
// under it and the first row they introduce; for any other row, nothing.
qreal ReportTable::introducedRowHeight(DocumentCanvas &canvas, qsizetype index, const QList<qreal> &widths) const
{
    qreal height = 0;
    for (qsizetype next = index; m_rows.at(next).kind == RowKind::Group && next + 1 < m_rows.size(); ++next)
        height += rowHeight(canvas, m_rows.at(next + 1), widths);
    return height;
}

// The column titles, repeated at the top of every page the table spans (bold, as a subtotal).
ReportTable::Row ReportTable::headerRow() const
{
    QStringList titles;
    for (const Column &column : m_columns)
        titles << column.title;
    return Row{RowKind::Subtotal, titles};
}

qreal ReportTable::leadHeight(DocumentCanvas &canvas) const
{
    const QList<qreal> widths = columnWidths(canvas.area().width());
    qreal height = rowHeight(canvas, headerRow(), widths);
    if (!m_rows.isEmpty())
        height += rowHeight(canvas, m_rows.constFirst(), widths) + introducedRowHeight(canvas, 0, widths);
    return height;
}

void ReportTable::paint(DocumentCanvas &canvas) const
{
    const QList<qreal> widths = columnWidths(canvas.area().width());
    const Row header = headerRow();
    const qreal headerHeight = rowHeight(canvas, header, widths);
    QPen pen = canvas.painter().pen();
    pen.setWidthF(canvas.mm(0.2));
    canvas.painter().setPen(pen);

    bool headerOnPage = false;
    for (qsizetype index = 0; index < m_rows.size(); ++index) {
        const Row &row = m_rows.at(index);
        const qreal height = rowHeight(canvas, row, widths);
        // A group heading keeps with the headings under it and their first row: never alone at
        // the foot of a page.
        const qreal needed = height + introducedRowHeight(canvas, index, widths);
        if (headerOnPage && needed > canvas.remaining()) {
            canvas.newPage();
            headerOnPage = false;
        }
        if (!headerOnPage) {
            canvas.ensureSpace(headerHeight + needed);   // never a header alone at a page's foot
            paintRow(canvas, header, widths, headerHeight, true);
            canvas.advance(headerHeight);
            headerOnPage = true;
        }
        paintRow(canvas, row, widths, height, false);
        canvas.advance(height);
    }
    if (!headerOnPage) {
        paintRow(canvas, header, widths, headerHeight, true);
        canvas.advance(headerHeight);
    }
}

} // namespace dotpha
