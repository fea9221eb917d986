#include "BarChartPainter.h"

#include "DocumentCanvas.h"

#include <algorithm>

namespace dotpha {

void BarChartPainter::paint(DocumentCanvas &canvas) const
{
    const qreal rowHeight = canvas.mm(6);
    canvas.ensureSpace(rowHeight * (m_bars.size() + 2));
    canvas.paragraph(m_title, canvas.font(13, false, true), Qt::AlignLeft, 0, canvas.mm(1));
    QPainter &painter = canvas.painter();
    const qreal labelWidth = canvas.area().width() * 0.35;
    const qreal barSpace = canvas.area().width() * 0.5;
    int maximum = 1;
    for (const Bar &bar : m_bars)
        maximum = std::max(maximum, bar.value);
    painter.setFont(canvas.font(12));
    for (const Bar &bar : m_bars) {
        const qreal top = canvas.y();
        painter.drawText(QRectF(0, top, labelWidth - canvas.mm(2), rowHeight), Qt::AlignRight | Qt::AlignVCenter, bar.label);
        const qreal length = barSpace * bar.value / maximum;
        painter.fillRect(QRectF(labelWidth, top + rowHeight * 0.2, length, rowHeight * 0.6), QColor(0x9a, 0x1b, 0x1b));
        painter.drawText(QRectF(labelWidth + length + canvas.mm(1.5), top, canvas.mm(30), rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, QString::number(bar.value));
        canvas.advance(rowHeight);
    }
    canvas.advance(canvas.mm(3));
}

} // namespace dotpha
