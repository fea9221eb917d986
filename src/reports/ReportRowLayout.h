#pragma once

#include <QHash>
#include <QList>
#include <QTextLayout>

#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;

namespace dotpha {

// One row of a ReportTable with its cells laid out once, at their columns' widths: measured, then
// painted whole or, when it is taller than what is left of a page, in slices, page after page, a
// cell's lines continuing where the previous slice stopped. No line is ever cut.
class ReportRowLayout
{
public:
    struct Cell
    {
        QString text;
        qreal x;
        qreal width;
        Qt::Alignment alignment;
    };

    // Short texts laid out already, by text, width, alignment and weight: a table's rows share them.
    using SharedLayouts = QHash<QString, std::shared_ptr<QTextLayout>>;

    ReportRowLayout(const QList<Cell> &cells, const QFont &font, QPaintDevice *device, qreal padding,
                    SharedLayouts *shared = nullptr);
    ReportRowLayout(const ReportRowLayout &) = delete;
    ReportRowLayout &operator=(const ReportRowLayout &) = delete;

    // The height of what is not painted yet, padding included.
    qreal remainingHeight() const;
    bool isDone() const;
    // Paints at top as many of each cell's remaining lines as fit in height, with the cells'
    // borders; returns the height painted (the padded height of what it painted).
    qreal paintSlice(QPainter &painter, qreal top, qreal height);
    // Paints the whole row at top, again and again if need be (a repeated header).
    void paintWhole(QPainter &painter, qreal top) const;

private:
    struct LaidOutCell
    {
        std::shared_ptr<const QTextLayout> layout;   // none for an empty cell
        qreal x;
        qreal width;
        int nextLine = 0;
    };
    static int lineCount(const LaidOutCell &cell);
    static qreal linesHeight(const LaidOutCell &cell, int from);
    void paintBorders(QPainter &painter, qreal top, qreal height) const;

    std::vector<LaidOutCell> m_cells;
    qreal m_padding;
};

} // namespace dotpha
