#include "SignatureBlock.h"

#include "DocumentCanvas.h"
#include "PartyDocumentHeader.h"
#include "ReportText.h"

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

constexpr qreal BlockMm = 45;

QFont sealFont(DocumentCanvas &canvas)
{
    return canvas.font(10, false, true);
}

} // namespace

qreal SignatureBlock::height(DocumentCanvas &canvas) const
{
    const qreal block = canvas.mm(BlockMm);
    return seal ? block + canvas.textHeight(ReportText::auditHead(*seal), sealFont(canvas), canvas.area().width()) : block;
}

void SignatureBlock::paint(DocumentCanvas &canvas) const
{
    const qreal half = canvas.area().width() / 2;
    canvas.ensureSpace(height(canvas));
    QPainter &painter = canvas.painter();
    const qreal top = canvas.y() + canvas.mm(6);
    painter.setFont(canvas.font(12, false, true));
    painter.drawText(QRectF(0, top, half, canvas.mm(6)), Qt::AlignLeft, u"Nơi nhận:"_s);
    painter.setFont(canvas.font(11));
    const QStringList lines = recipients.isEmpty() ? QStringList{u"Ban Thường vụ cấp ủy cấp trên (để báo cáo)"_s,
                                                                 u"Các cơ quan, đơn vị"_s, u"Lưu Văn phòng"_s}
                                                   : recipients;
    QStringList written;
    for (const QString &line : lines)
        written << u"- "_s + line;
    painter.drawText(QRectF(0, top + canvas.mm(6), half, canvas.mm(26)), Qt::AlignLeft | Qt::TextWordWrap,
                     written.join(u",\n"_s) + u'.');

    painter.setFont(canvas.font(14, true));
    painter.drawText(QRectF(half, top, half, canvas.mm(7)), Qt::AlignHCenter, u"T/M BAN THƯỜNG VỤ"_s);
    const QString position = signerPosition.isEmpty() ? u"BÍ THƯ"_s : PartyDocumentHeader::upper(signerPosition);
    painter.drawText(QRectF(half, top + canvas.mm(7), half, canvas.mm(7)), Qt::AlignHCenter, position);
    painter.drawText(QRectF(half, top + canvas.mm(32), half, canvas.mm(7)), Qt::AlignHCenter, signerName);
    canvas.advance(canvas.mm(BlockMm));
    if (seal)
        canvas.paragraph(ReportText::auditHead(*seal), sealFont(canvas), Qt::AlignLeft, 0, 0);
}

} // namespace dotpha
