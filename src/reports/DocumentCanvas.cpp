#include "DocumentCanvas.h"

#include <QFontDatabase>
#include <QPagedPaintDevice>
#include <QTextOption>

using namespace Qt::StringLiterals;

namespace dotpha {

DocumentCanvas::DocumentCanvas(QPagedPaintDevice &device, const CommitteeSettings &settings)
    : m_device(device)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(settings.marginLeftMm, settings.marginTopMm, settings.marginRightMm,
                                    settings.marginBottomMm),
                          QPageLayout::Millimeter);
    m_painter.begin(&device);
    const QRect paintable = device.pageLayout().paintRectPixels(device.logicalDpiX());
    m_area = QRectF(0, 0, paintable.width(), paintable.height());
}

DocumentCanvas::~DocumentCanvas()
{
    if (m_painter.isActive())
        m_painter.end();
}

qreal DocumentCanvas::mm(qreal millimetres) const
{
    return millimetres * m_device.logicalDpiY() / 25.4;
}

QString DocumentCanvas::fontFamily()
{
    static const QString family = QFontDatabase::families().contains(u"Times New Roman"_s) ? u"Times New Roman"_s
                                                                                          : u"Liberation Serif"_s;
    return family;
}

QFont DocumentCanvas::font(qreal points, bool bold, bool italic) const
{
    QFont font(fontFamily());
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

void DocumentCanvas::newPage()
{
    m_device.newPage();
    ++m_page;
    m_y = 0;
    paintPageNumber();
}

void DocumentCanvas::ensureSpace(qreal height)
{
    if (m_y > 0 && height > remaining())
        newPage();
}

void DocumentCanvas::paintPageNumber()
{
    const QFont number = font(13);
    m_painter.setFont(number);
    const qreal height = QFontMetricsF(number, &m_device).height();
    m_painter.drawText(QRectF(0, 0, m_area.width(), height), Qt::AlignHCenter | Qt::AlignTop, QString::number(m_page));
    m_y = height + mm(3);
}

qreal DocumentCanvas::textHeight(const QString &text, const QFont &font, qreal width) const
{
    const QFontMetricsF metrics(font, &m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
}

void DocumentCanvas::paragraph(const QString &text, const QFont &font, Qt::Alignment alignment, qreal indent,
                               qreal spaceAfter)
{
    const qreal width = m_area.width() - indent;
    const qreal height = textHeight(text, font, width);
    ensureSpace(height);
    m_painter.setFont(font);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WordWrap);
    m_painter.drawText(QRectF(indent, m_y, width, height), text, option);
    m_y += height + spaceAfter;
}

} // namespace dotpha
