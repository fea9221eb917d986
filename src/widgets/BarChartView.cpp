#include "BarChartView.h"

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace dotpha {

namespace {

// The reports' bar colour, and a grid that stays behind the bars.
const QColor BarColour(0x9a, 0x1b, 0x1b);
const QColor GridColour(0xd8, 0xd8, 0xd8);
constexpr int Margin = 12;

double largestOf(const QList<BarChartView::Bar> &bars)
{
    double largest = 0;
    for (const auto &bar : bars)
        largest = std::max(largest, bar.second);
    return largest;
}

} // namespace

BarChartView::BarChartView(QString title, QList<Bar> bars, ChartScale::Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_title(std::move(title))
    , m_bars(std::move(bars))
    , m_scale(ChartScale::of(largestOf(m_bars), kind))
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setAccessibleName(m_title);
}

int BarChartView::rowHeight() const
{
    return fontMetrics().height() * 2;
}

// The categories' names take what they need, up to two fifths of the width.
int BarChartView::labelWidth(int available) const
{
    int widest = 0;
    for (const auto &bar : m_bars)
        widest = std::max(widest, fontMetrics().horizontalAdvance(bar.first));
    return std::min(widest + Margin, available * 2 / 5);
}

QSize BarChartView::sizeHint() const
{
    return {560, minimumSizeHint().height() + rowHeight()};
}

QSize BarChartView::minimumSizeHint() const
{
    const int height = fontMetrics().height() * 3 + rowHeight() * int(m_bars.size()) + fontMetrics().height() * 2;
    return {320, height + 2 * Margin};
}

void BarChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const QRect area = rect().adjusted(Margin, Margin, -Margin, -Margin);

    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    const int titleHeight = QFontMetrics(titleFont).height() * 2;
    painter.drawText(QRect(area.left(), area.top(), area.width(), titleHeight), Qt::AlignHCenter | Qt::AlignVCenter,
                     m_title);
    painter.setFont(font());

    const int labels = labelWidth(area.width());
    const int valueRoom = metrics.horizontalAdvance(m_scale.label(m_scale.maximum())) + Margin;
    // The bars take the height there is, up to twice a row each; the axis stands right under them.
    const int available = std::max(1, area.height() - titleHeight - metrics.height() * 2);
    const int count = std::max(1, int(m_bars.size()));
    const int row = std::clamp(available / count, std::min(rowHeight(), available / count), rowHeight() * 2);
    const QRect plot(area.left() + labels, area.top() + titleHeight, std::max(1, area.width() - labels - valueRoom),
                     row * count);
    const double perUnit = plot.width() / m_scale.maximum();

    painter.setPen(GridColour);
    for (const double tick : m_scale.ticks()) {
        const int x = plot.left() + int(tick * perUnit);
        painter.drawLine(x, plot.top(), x, plot.bottom());
    }
    for (int i = 0; i < m_bars.size(); ++i) {
        const auto &[name, value] = m_bars.at(i);
        const QRect band(plot.left(), plot.top() + i * row, plot.width(), row);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(area.left(), band.top(), labels - Margin / 2, row), Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(name, Qt::ElideRight, labels - Margin / 2));
        const int length = int(value * perUnit);
        painter.fillRect(QRect(band.left(), band.top() + row / 5, length, row * 3 / 5), BarColour);
        painter.drawText(QRect(band.left() + length + Margin / 2, band.top(), valueRoom + Margin, row),
                         Qt::AlignLeft | Qt::AlignVCenter, m_scale.label(value));
    }
    painter.setPen(palette().color(QPalette::Text));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    for (const double tick : m_scale.ticks()) {
        const int x = plot.left() + int(tick * perUnit);
        const QString text = m_scale.label(tick);
        const int width = metrics.horizontalAdvance(text);
        painter.drawText(QRect(x - width, plot.bottom() + 4, 2 * width, metrics.height()), Qt::AlignHCenter, text);
    }
}

} // namespace dotpha
