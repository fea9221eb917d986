#pragma once

#include "EditingDialog.h"
#include "Unit.h"

#include <memory>

namespace Ui {
class UnitFormDialog;
}

namespace dotpha {

// Edits one unit: its name and kind, its parent, the years it existed, and its successor after a
// merger.
class UnitFormDialog : public EditingDialog
{
    Q_OBJECT

public:
    UnitFormDialog(const QList<Unit> &otherUnits, QWidget *parent = nullptr);
    ~UnitFormDialog() override;

    void setUnit(const Unit &unit);
    Unit unit() const;

protected:
    QString guideSection() const override;

private:
    std::unique_ptr<Ui::UnitFormDialog> m_ui;
    Unit m_original;
};

} // namespace dotpha
