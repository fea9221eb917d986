#pragma once

#include <QCoreApplication>
#include <QVariantMap>

class QWidget;

namespace dotpha {

// Keeps a dialog from throwing away what was typed in it without asking. remember() takes what its
// input widgets show (texts, numbers, dates, choices, ticks); allowsClosing() is true when nothing
// changed since, or when the user chooses to discard, and false when they keep editing (the
// default answer, so that Esc twice does not lose the text).
class DiscardGuard
{
    Q_DECLARE_TR_FUNCTIONS(DiscardGuard)

public:
    void remember(const QWidget &dialog);
    bool remembered() const { return m_remembered; }
    bool allowsClosing(QWidget &dialog) const;

private:
    QVariantMap m_shown;   // FormContents
    bool m_remembered = false;
};

} // namespace dotpha
