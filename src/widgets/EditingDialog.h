#pragma once

#include "DiscardGuard.h"

#include <QDialog>

namespace dotpha {

// A dialog in which the user types something worth keeping: Esc, Cancel and the close button ask
// before throwing away what changed since the dialog was shown (DiscardGuard).
class EditingDialog : public QDialog
{
    Q_OBJECT

public:
    using QDialog::QDialog;

    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    DiscardGuard m_discardGuard;   // what the dialog showed when it opened
};

} // namespace dotpha
