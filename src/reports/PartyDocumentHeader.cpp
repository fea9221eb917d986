#include "PartyDocumentHeader.h"

#include "DocumentCanvas.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace dotpha {

QString PartyDocumentHeader::upper(const QString &text)
{
    static const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
    return vietnamese.toUpper(text);
}

QString PartyDocumentHeader::vietnameseDate(const QString &place, const QDate &date)
{
    const QString when = date.isValid() ? u"ngày %1 tháng %2 năm %3"_s.arg(date.day(), 2, 10, QLatin1Char('0'))
                                              .arg(date.month(), 2, 10, QLatin1Char('0')).arg(date.year())
                                        : u"ngày    tháng    năm     "_s;
    return place.isEmpty() ? when : place + u", "_s + when;
}

void PartyDocumentHeader::paint(DocumentCanvas &canvas, const CommitteeSettings &committee) const
{
    QPainter &painter = canvas.painter();
    const qreal width = canvas.area().width();
    const qreal leftWidth = width * 0.45;
    const QRectF left(0, canvas.y(), leftWidth, canvas.area().height());
    const QRectF right(leftWidth, canvas.y(), width - leftWidth, canvas.area().height());
    const auto line = [&](const QRectF &column, qreal &offset, const QString &text, const QFont &font) {
        painter.setFont(font);
        const qreal height = canvas.textHeight(text, font, column.width());
        painter.drawText(QRectF(column.left(), column.top() + offset, column.width(), height),
                         Qt::AlignHCenter | Qt::TextWordWrap, text);
        offset += height;
        return height;
    };

    qreal leftOffset = 0;
    if (!committee.superiorBody.isEmpty())
        line(left, leftOffset, upper(committee.superiorBody), canvas.font(14));
    line(left, leftOffset, upper(committee.committeeName), canvas.font(14, true));
    line(left, leftOffset, u"*"_s, canvas.font(14));
    const QString numberText = number.isEmpty() ? u"      "_s : number;
    line(left, leftOffset, u"Số %1-%2/%3"_s.arg(numberText, symbolPrefix, committee.issuerSymbol), canvas.font(14));

    qreal rightOffset = 0;
    const QFont partyFont = canvas.font(15, true);
    line(right, rightOffset, u"ĐẢNG CỘNG SẢN VIỆT NAM"_s, partyFont);
    const qreal ruleWidth = QFontMetricsF(partyFont, painter.device()).horizontalAdvance(u"ĐẢNG CỘNG SẢN VIỆT NAM"_s);
    const qreal ruleY = right.top() + rightOffset + canvas.mm(0.5);
    painter.drawLine(QPointF(right.center().x() - ruleWidth / 2, ruleY), QPointF(right.center().x() + ruleWidth / 2, ruleY));
    rightOffset += canvas.mm(4);
    line(right, rightOffset, vietnameseDate(committee.placeName, date), canvas.font(14, false, true));

    canvas.advance(std::max(leftOffset, rightOffset) + canvas.mm(8));
    canvas.paragraph(documentType, canvas.font(16, true), Qt::AlignHCenter);
    canvas.paragraph(subject, canvas.font(14, true), Qt::AlignHCenter);
    painter.setFont(canvas.font(14));
    painter.drawText(QRectF(0, canvas.y(), width, canvas.mm(6)), Qt::AlignHCenter, u"-----"_s);
    canvas.advance(canvas.mm(10));
}

} // namespace dotpha
