#pragma once

#include "DiscardGuard.h"

#include <QDialog>

namespace dotpha {

// A dialog in which the user types something worth keeping: Esc, Cancel and the close button ask
// before throwing away what changed since the dialog was shown (DiscardGuard), and F1 opens the
// user guide at the dialog's section.
class EditingDialog : public QDialog
{
    Q_OBJECT

public:
    using QDialog::QDialog;

    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    // The heading of the guide's section on this dialog, translated (tr() of the English heading).
    virtual QString guideSection() const = 0;

private:
    DiscardGuard m_discardGuard;   // what the dialog showed when it opened
};

} // namespace dotpha
