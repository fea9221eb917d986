#include "SignatureBlock.h"

#include "DocumentCanvas.h"
#include "PartyDocumentHeader.h"

using namespace Qt::StringLiterals;

namespace dotpha {

void SignatureBlock::paint(DocumentCanvas &canvas) const
{
    const qreal half = canvas.area().width() / 2;
    canvas.ensureSpace(canvas.mm(45));
    QPainter &painter = canvas.painter();
    const qreal top = canvas.y() + canvas.mm(6);
    painter.setFont(canvas.font(12, false, true));
    painter.drawText(QRectF(0, top, half, canvas.mm(6)), Qt::AlignLeft, u"Nơi nhận:"_s);
    painter.setFont(canvas.font(11));
    painter.drawText(QRectF(0, top + canvas.mm(6), half, canvas.mm(20)), Qt::AlignLeft | Qt::TextWordWrap,
                     u"- Ban Thường vụ cấp ủy cấp trên (để báo cáo),\n- Các cơ quan, đơn vị,\n- Lưu Văn phòng."_s);

    painter.setFont(canvas.font(14, true));
    painter.drawText(QRectF(half, top, half, canvas.mm(7)), Qt::AlignHCenter, u"T/M BAN THƯỜNG VỤ"_s);
    const QString position = signerPosition.isEmpty() ? u"BÍ THƯ"_s : PartyDocumentHeader::upper(signerPosition);
    painter.drawText(QRectF(half, top + canvas.mm(7), half, canvas.mm(7)), Qt::AlignHCenter, position);
    painter.drawText(QRectF(half, top + canvas.mm(32), half, canvas.mm(7)), Qt::AlignHCenter, signerName);
    canvas.advance(canvas.mm(45));
}

} // namespace dotpha
