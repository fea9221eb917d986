#pragma once

#include <QString>

namespace dotpha {

class DocumentCanvas;

// The close of a Party report: "Nơi nhận" on the left, and on the right "T/M BAN THƯỜNG VỤ", the
// signer's position in capitals (BÍ THƯ when not given), room to sign, and the signer's name.
class SignatureBlock
{
public:
    QString signerPosition;
    QString signerName;

    void paint(DocumentCanvas &canvas) const;
};

} // namespace dotpha
