#pragma once

#include "AuditHead.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace dotpha {

class DocumentCanvas;

// The close of a Party document: "Nơi nhận" on the left, and on the right "T/M BAN THƯỜNG VỤ", the
// signer's position in capitals (BÍ THƯ when not given), room to sign, and the signer's name; the
// change log's seal under it when the document prints one. What
// comes last before it keeps with it on one page (ReportTable::setKeepWithEnd), so that the
// signature never stands alone.
class SignatureBlock
{
public:
    QString signerPosition;
    QString signerName;
    // "Nơi nhận", one line each; a report's usual three when empty.
    QStringList recipients;
    // The change log's seal, printed under the signature, when the document carries one.
    std::optional<AuditHead> seal;

    qreal height(DocumentCanvas &canvas) const;
    void paint(DocumentCanvas &canvas) const;
};

} // namespace dotpha
