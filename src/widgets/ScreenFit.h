#pragma once

#include <QMargins>
#include <QRect>
#include <QSize>

namespace dotpha {

// Where a window opens on a screen. A window's geometry is its inside; the window manager adds a
// title bar and borders around it, which are not known before the window is shown: the allowance
// is Windows 10 and 11's at 100 % (a 31 px title bar, 8 px resize borders), which covers the
// Debian desktops too. available is the screen less its taskbar (QScreen::availableGeometry).
class ScreenFit
{
public:
    static QMargins frameAllowance() { return {8, 32, 8, 8}; }

    // wanted, made no larger than available leaves after the frame, and no smaller than least,
    // centred in available.
    static QRect initialGeometry(QSize wanted, QSize least, const QRect &available);
    // Whether a window of this inside geometry shows whole, frame included, within available.
    static bool fits(const QRect &geometry, const QRect &available);
};

} // namespace dotpha
