#include "ReportTable.h"

#include "DocumentCanvas.h"
#include "ReportRowLayout.h"

#include <map>
#include <memory>
#include <numeric>

namespace dotpha {

namespace {

constexpr qreal CellPaddingMm = 1.2;

// How much of a row must fit where it starts: all of it, unless it is taller than a page (then it
// is split anyway, and starts where a quarter of a page is left).
qreal keptHeight(qreal rowHeight, qreal pageRoom)
{
    return rowHeight <= pageRoom ? rowHeight : pageRoom / 4;
}

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

std::unique_ptr<ReportRowLayout> ReportTable::layOut(DocumentCanvas &canvas, const Row &row, const QList<qreal> &widths,
                                                     bool header, ReportRowLayout::SharedLayouts *shared) const
{
    // Resolved once per table, not per row: finding a font's file is dear. Vietnamese in its
    // composed form needs no shaping (ReportRowLayout composes it), and tables are most of a
    // report's text.
    if (m_fonts.empty()) {
        m_fonts = {canvas.font(m_fontPoints), canvas.font(m_fontPoints, true)};
        for (QFont &font : m_fonts)
            font.setStyleStrategy(QFont::PreferNoShaping);
    }
    const QFont &font = m_fonts.at(header || row.kind != RowKind::Data ? 1 : 0);
    QList<ReportRowLayout::Cell> cells;
    if (row.kind == RowKind::Group) {
        cells << ReportRowLayout::Cell{row.cells.value(0), 0, canvas.area().width(), Qt::AlignLeft};
    } else {
        qreal x = 0;
        for (int column = 0; column < widths.size(); ++column) {
            cells << ReportRowLayout::Cell{row.cells.value(column), x, widths.at(column),
                                           header ? Qt::AlignHCenter : m_columns.at(column).alignment};
            x += widths.at(column);
        }
    }
    return std::make_unique<ReportRowLayout>(cells, font, canvas.painter().device(), canvas.mm(CellPaddingMm),
                                             shared);
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
    const qreal header = layOut(canvas, headerRow(), widths, true)->remainingHeight();
    const qreal pageRoom = canvas.area().height() - header;
    qreal height = header;
    const qsizetype lastData = lastDataRow();
    for (qsizetype index = 0; index < m_rows.size(); ++index) {
        height += keptHeight(layOut(canvas, m_rows.at(index), widths, false)->remainingHeight(), pageRoom);
        if (index == lastData && m_keepWithEnd > 0) {   // the first row is the last: what keeps with it too
            for (qsizetype next = index + 1; next < m_rows.size(); ++next)
                height += keptHeight(layOut(canvas, m_rows.at(next), widths, false)->remainingHeight(), pageRoom);
            return std::min(height + m_keepWithEnd, header + pageRoom);
        }
        if (m_rows.at(index).kind != RowKind::Group)
            break;   // the headings and the first row they introduce
    }
    return height;
}

qsizetype ReportTable::lastDataRow() const
{
    for (qsizetype index = m_rows.size() - 1; index >= 0; --index) {
        if (m_rows.at(index).kind == RowKind::Data)
            return index;
    }
    return -1;
}

// Rows are laid out once, as the painting reaches them or looks ahead to them (a heading keeps
// with its first row), and forgotten once painted: a table of 20,000 rows holds a few at a time.
void ReportTable::paint(DocumentCanvas &canvas) const
{
    const QList<qreal> widths = columnWidths(canvas.area().width());
    const std::unique_ptr<ReportRowLayout> header = layOut(canvas, headerRow(), widths, true);
    const qreal headerHeight = header->remainingHeight();
    const qreal pageRoom = canvas.area().height() - headerHeight;
    QPen pen = canvas.painter().pen();
    pen.setWidthF(canvas.mm(0.2));
    canvas.painter().setPen(pen);

    std::map<qsizetype, std::unique_ptr<ReportRowLayout>> laidOut;
    ReportRowLayout::SharedLayouts shared;
    const auto rowAt = [&](qsizetype index) -> ReportRowLayout & {
        std::unique_ptr<ReportRowLayout> &row = laidOut[index];
        if (!row)
            row = layOut(canvas, m_rows.at(index), widths, false, &shared);
        return *row;
    };
    // What must stand on the same page as the row at index: for a group heading, the headings
    // right under it and the first row they introduce; for any other row, nothing.
    // What must stand on the same page as the table's last row: the totals under it, and what
    // follows the table (setKeepWithEnd).
    const qsizetype lastData = lastDataRow();
    const auto endHeight = [&](qsizetype index) {
        if (index != lastData || m_keepWithEnd <= 0)
            return qreal(0);
        qreal height = m_keepWithEnd;
        for (qsizetype next = index + 1; next < m_rows.size(); ++next)
            height += keptHeight(rowAt(next).remainingHeight(), pageRoom);
        return height;
    };

    const auto introducedHeight = [&](qsizetype index) {
        qreal height = 0;
        for (qsizetype next = index; m_rows.at(next).kind == RowKind::Group && next + 1 < m_rows.size(); ++next)
            height += keptHeight(rowAt(next + 1).remainingHeight(), pageRoom) + endHeight(next + 1);
        return height;
    };

    bool headerOnPage = false;
    const auto startPage = [&] {
        header->paintWhole(canvas.painter(), canvas.y());
        canvas.advance(headerHeight);
        headerOnPage = true;
    };
    for (qsizetype index = 0; index < m_rows.size(); ++index) {
        ReportRowLayout &row = rowAt(index);
        // A row that fits on a page is never split; a taller one continues on the next page. A
        // group heading keeps with what it introduces.
        const qreal needed =
            std::min(keptHeight(row.remainingHeight(), pageRoom) + introducedHeight(index) + endHeight(index), pageRoom);
        if (headerOnPage && needed > canvas.remaining()) {
            canvas.newPage();
            headerOnPage = false;
        }
        if (!headerOnPage) {
            canvas.ensureSpace(headerHeight + needed);   // never a header alone at a page's foot
            startPage();
        }
        while (true) {
            canvas.advance(row.paintSlice(canvas.painter(), canvas.y(), std::min(row.remainingHeight(), canvas.remaining())));
            if (row.isDone())
                break;
            canvas.newPage();
            startPage();
        }
        laidOut.erase(index);
    }
    if (!headerOnPage)
        startPage();
}

void ReportTable::paintUnder(DocumentCanvas &canvas, const QString &title) const
{
    const QFont font = canvas.font(14, true);
    if (canvas.y() > 0)
        canvas.advance(canvas.mm(3));   // apart from what the page holds above
    canvas.ensureSpace(canvas.textHeight(title, font, canvas.area().width()) + canvas.mm(2) + leadHeight(canvas));
    canvas.paragraph(title, font, Qt::AlignLeft, 0, canvas.mm(2));
    paint(canvas);
}

} // namespace dotpha
