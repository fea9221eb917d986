#include "ReportRowLayout.h"

#include <QPainter>
#include <QTextOption>

#include <algorithm>

namespace dotpha {

namespace {

// A date, a percentage, a rating, a unit's name: cells this short repeat from row to row.
constexpr qsizetype SharedTextLimit = 120;
constexpr qsizetype SharedLayoutsKept = 4000;

std::shared_ptr<QTextLayout> layOutText(const QString &text, const QFont &font, QPaintDevice *device,
                                        Qt::Alignment alignment, qreal lineWidth)
{
    // Composed, a Vietnamese letter is one character: "ệ" then needs no mark placed by shaping,
    // which the tables' fonts skip (QFont::PreferNoShaping). Text typed with a decomposing input
    // method ("Unicode tổ hợp") is composed here.
    // A line typed with Enter ends a line here too: QTextLayout breaks only at a line separator,
    // and ran "…đăng ký" and "Nội dung…" together as one word.
    QString composed = text.normalized(QString::NormalizationForm_C);
    composed.replace(QStringLiteral("\r\n"), QString(QChar::LineSeparator))
        .replace(u'\n', QChar::LineSeparator)
        .replace(u'\r', QChar::LineSeparator);
    auto layout = std::make_shared<QTextLayout>(composed, font, device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WordWrap);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);   // shaped once: measured, then drawn from the same glyphs
    qreal y = 0;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(lineWidth);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    return layout;
}

} // namespace

ReportRowLayout::ReportRowLayout(const QList<Cell> &cells, const QFont &font, QPaintDevice *device, qreal padding,
                                 SharedLayouts *shared)
    : m_padding(padding)
{
    m_cells.reserve(cells.size());
    for (const Cell &cell : cells) {
        if (cell.text.isEmpty()) {
            m_cells.push_back({nullptr, cell.x, cell.width});   // a border, nothing to lay out
            continue;
        }
        const qreal lineWidth = std::max<qreal>(1, cell.width - 2 * padding);
        if (!shared || cell.text.size() > SharedTextLimit) {
            m_cells.push_back({layOutText(cell.text, font, device, cell.alignment, lineWidth), cell.x, cell.width});
            continue;
        }
        const QString key = cell.text + QChar(u'\x1f') + QString::number(lineWidth) + QChar(u'\x1f')
                            + QString::number(int(cell.alignment)) + QChar(u'\x1f') + QString::number(font.bold());
        std::shared_ptr<QTextLayout> &layout = (*shared)[key];
        if (!layout) {
            if (shared->size() > SharedLayoutsKept) {
                shared->clear();
                m_cells.push_back({layOutText(cell.text, font, device, cell.alignment, lineWidth), cell.x, cell.width});
                continue;
            }
            layout = layOutText(cell.text, font, device, cell.alignment, lineWidth);
        }
        m_cells.push_back({layout, cell.x, cell.width});
    }
}

int ReportRowLayout::lineCount(const LaidOutCell &cell)
{
    return cell.layout ? cell.layout->lineCount() : 0;
}

qreal ReportRowLayout::linesHeight(const LaidOutCell &cell, int from)
{
    const int count = lineCount(cell);
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
                       [](const LaidOutCell &cell) { return cell.nextLine >= lineCount(cell); });
}

qreal ReportRowLayout::paintSlice(QPainter &painter, qreal top, qreal height)
{
    qreal used = 0;
    for (LaidOutCell &cell : m_cells) {
        const int count = lineCount(cell);
        if (cell.nextLine >= count)
            continue;
        const qreal start = cell.layout->lineAt(cell.nextLine).y();
        int line = cell.nextLine;
        // At least one line, so that a slice always moves on, even if a line is taller than the room.
        while (line < count) {
            const QTextLine next = cell.layout->lineAt(line);
            // The same sum as remainingHeight's, so that a row given its own height fits whole.
            if (line > cell.nextLine && next.y() + next.height() - start + 2 * m_padding > height)
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
        if (cell.layout)
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
