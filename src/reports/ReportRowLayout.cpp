#include "ReportRowLayout.h"

#include <QPainter>
#include <QTextOption>

#include <algorithm>

namespace dotpha {

ReportRowLayout::ReportRowLayout(const QList<Cell> &cells, const QFont &font, QPaintDevice *device, qreal padding)
    : m_padding(padding)
{
    m_cells.reserve(cells.size());
    for (const Cell &cell : cells) {
        auto layout = std::make_unique<QTextLayout>(cell.text, font, device);
        QTextOption option(cell.alignment);
        option.setWrapMode(QTextOption::WordWrap);
        layout->setTextOption(option);
        layout->setCacheEnabled(true);   // shaped once: measured, then drawn from the same glyphs
        const qreal lineWidth = std::max<qreal>(1, cell.width - 2 * padding);
        qreal y = 0;
        layout->beginLayout();
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(lineWidth);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout->endLayout();
        m_cells.push_back({std::move(layout), cell.x, cell.width});
    }
}

qreal ReportRowLayout::linesHeight(const LaidOutCell &cell, int from)
{
    const int count = cell.layout->lineCount();
    if (from >= count)
        return 0;
    const QTextLine first = cell.layout->lineAt(from);
    const QTextLine last = cell.layout->lineAt(count - 1);
    return last.y() + last.height() - first.y();
}

qreal ReportRowLayout::remainingHeight() const
{
    qreal height = 0;
    for (const LaidOutCell &cell : m_cells)
        height = std::max(height, linesHeight(cell, cell.nextLine));
    return height + 2 * m_padding;
}

bool ReportRowLayout::isDone() const
{
    return std::all_of(m_cells.cbegin(), m_cells.cend(),
                       [](const LaidOutCell &cell) { return cell.nextLine >= cell.layout->lineCount(); });
}

qreal ReportRowLayout::paintSlice(QPainter &painter, qreal top, qreal height)
{
    const qreal room = height - 2 * m_padding;
    qreal used = 0;
    for (LaidOutCell &cell : m_cells) {
        const int count = cell.layout->lineCount();
        if (cell.nextLine >= count)
            continue;
        const qreal start = cell.layout->lineAt(cell.nextLine).y();
        int line = cell.nextLine;
        // At least one line, so that a slice always moves on, even if a line is taller than the room.
        while (line < count) {
            const QTextLine next = cell.layout->lineAt(line);
            if (line > cell.nextLine && next.y() + next.height() - start > room)
                break;
            next.draw(&painter, QPointF(cell.x + m_padding, top + m_padding - start));
            used = std::max(used, next.y() + next.height() - start);
            ++line;
        }
        cell.nextLine = line;
    }
    const qreal painted = isDone() ? used + 2 * m_padding : height;
    paintBorders(painter, top, painted);
    return painted;
}

void ReportRowLayout::paintWhole(QPainter &painter, qreal top) const
{
    qreal height = 0;
    for (const LaidOutCell &cell : m_cells) {
        cell.layout->draw(&painter, QPointF(cell.x + m_padding, top + m_padding));
        height = std::max(height, linesHeight(cell, 0));
    }
    paintBorders(painter, top, height + 2 * m_padding);
}

void ReportRowLayout::paintBorders(QPainter &painter, qreal top, qreal height) const
{
    QList<QRectF> borders;
    borders.reserve(qsizetype(m_cells.size()));
    for (const LaidOutCell &cell : m_cells)
        borders << QRectF(cell.x, top, cell.width, height);
    painter.drawRects(borders);
}

} // namespace dotpha
