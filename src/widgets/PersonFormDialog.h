#pragma once

#include "EditingDialog.h"
#include "Person.h"
#include "Unit.h"

#include <memory>

namespace Ui {
class PersonFormDialog;
}

namespace dotpha {

// Edits one leader: name, current position and unit. Tasks registered earlier keep the position
// held at the time.
class PersonFormDialog : public EditingDialog
{
    Q_OBJECT

public:
    PersonFormDialog(const QList<Unit> &units, QWidget *parent = nullptr);
    ~PersonFormDialog() override;

    void setPerson(const Person &person);
    Person person() const;

protected:
    QString guideSection() const override;

private:
    std::unique_ptr<Ui::PersonFormDialog> m_ui;
    Person m_original;
};

} // namespace dotpha
