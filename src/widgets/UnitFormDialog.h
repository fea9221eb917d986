#pragma once

#include "Unit.h"

#include <QDialog>

#include <memory>

namespace Ui {
class UnitFormDialog;
}

namespace dotpha {

// Edits one unit: its name and kind, its parent, the years it existed, and its successor after a
// merger.
class UnitFormDialog : public QDialog
{
    Q_OBJECT

public:
    UnitFormDialog(const QList<Unit> &otherUnits, QWidget *parent = nullptr);
    ~UnitFormDialog() override;

    void setUnit(const Unit &unit);
    Unit unit() const;

private:
    std::unique_ptr<Ui::UnitFormDialog> m_ui;
    Unit m_original;
};

} // namespace dotpha
