#include "EditingDialog.h"

#include "UserGuideWindow.h"

#include <QKeyEvent>

namespace dotpha {

void EditingDialog::showEvent(QShowEvent *event)
{
    m_discardGuard.remember(*this);
    QDialog::showEvent(event);
}

void EditingDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::HelpContents)) {
        UserGuideWindow::open(this, guideSection());
        return;
    }
    QDialog::keyPressEvent(event);
}

void EditingDialog::reject()
{
    if (m_discardGuard.allowsClosing(*this))
        QDialog::reject();
}

} // namespace dotpha
