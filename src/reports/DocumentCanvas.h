#pragma once

#include "CommitteeSettings.h"

#include <QFont>
#include <QPainter>
#include <QRectF>

class QPagedPaintDevice;

namespace dotpha {

// Paints a document page by page onto a PDF writer or a printer: margins from the committee's
// settings, a cursor that moves down the page, page breaks, and page numbers at the top centre from
// the second page on (Hướng dẫn 36-HD/VPTW). All lengths are in device units; mm() converts.
class DocumentCanvas
{
public:
    DocumentCanvas(QPagedPaintDevice &device, const CommitteeSettings &settings);
    ~DocumentCanvas();
    DocumentCanvas(const DocumentCanvas &) = delete;
    DocumentCanvas &operator=(const DocumentCanvas &) = delete;

    bool isActive() const { return m_painter.isActive(); }
    QPainter &painter() { return m_painter; }
    qreal mm(qreal millimetres) const;
    // Times New Roman where installed, else Liberation Serif, which has its metrics.
    static QString fontFamily();
    QFont font(qreal points, bool bold = false, bool italic = false) const;

    // The printable area of the page, and the cursor's distance from its top.
    const QRectF &area() const { return m_area; }
    qreal y() const { return m_y; }
    void advance(qreal height) { m_y += height; }
    qreal remaining() const { return m_area.height() - m_y; }
    void newPage();
    // Starts a new page unless height still fits on this one.
    void ensureSpace(qreal height);
    int pageNumber() const { return m_page; }

    // Wrapped text across the width (minus indent) at the cursor; moves the cursor below it.
    void paragraph(const QString &text, const QFont &font, Qt::Alignment alignment = Qt::AlignJustify,
                   qreal indent = 0, qreal spaceAfter = 0);
    // Height of text wrapped to width in font.
    qreal textHeight(const QString &text, const QFont &font, qreal width) const;

private:
    void paintPageNumber();

    QPagedPaintDevice &m_device;
    QPainter m_painter;
    QRectF m_area;
    qreal m_y = 0;
    int m_page = 1;
};

} // namespace dotpha
