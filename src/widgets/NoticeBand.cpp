#include "NoticeBand.h"

#include <QFrame>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace dotpha {

void styleNoticeBand(QFrame &band, const QString &name, QLabel &text, const QString &textName,
                     const QString &background, const QString &foreground)
{
    band.setObjectName(name);
    band.setFrameShape(QFrame::StyledPanel);
    band.setStyleSheet(u"#%1 { background: %2; } #%1 QLabel { color: %3; }"_s.arg(name, background, foreground));
    text.setObjectName(textName);
    text.setWordWrap(true);
}

} // namespace dotpha
