#pragma once

#include "CommitteeSettings.h"

#include <QDate>
#include <QString>

namespace dotpha {

class DocumentCanvas;

// The opening of a Party document (Hướng dẫn 36-HD/VPTW): on the left the superior body, the issuing
// body in bold capitals, a star and the number and symbol; on the right "ĐẢNG CỘNG SẢN VIỆT NAM" with a
// rule under it and the place and date in italics; then the document type and its subject, centred.
class PartyDocumentHeader
{
public:
    QString documentType;   // "BÁO CÁO", "DANH SÁCH"
    QString subject;        // "kết quả thực hiện việc đột phá, đổi mới năm 2021"
    QString symbolPrefix;   // "BC" in "Số 10-BC/HU"
    QString number;         // "10"; blank leaves room to write it in
    QDate date;

    void paint(DocumentCanvas &canvas, const CommitteeSettings &committee) const;

    static QString vietnameseDate(const QString &place, const QDate &date);
    static QString upper(const QString &text);
};

} // namespace dotpha
