#pragma once

#include <QString>

class QFrame;
class QLabel;

namespace dotpha {

// The look shared by the bands across a window or a form that tell of a state (offline, a draft,
// decisions): a framed band named name, in background with its text in foreground, the text
// wrapping and named textName for tests.
void styleNoticeBand(QFrame &band, const QString &name, QLabel &text, const QString &textName,
                     const QString &background, const QString &foreground);

} // namespace dotpha
