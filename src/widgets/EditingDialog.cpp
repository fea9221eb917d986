#include "EditingDialog.h"

namespace dotpha {

void EditingDialog::showEvent(QShowEvent *event)
{
    m_discardGuard.remember(*this);
    QDialog::showEvent(event);
}

void EditingDialog::reject()
{
    if (m_discardGuard.allowsClosing(*this))
        QDialog::reject();
}

} // namespace dotpha
