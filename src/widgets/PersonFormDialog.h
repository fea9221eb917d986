#pragma once

#include "Person.h"
#include "Unit.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PersonFormDialog;
}

namespace dotpha {

// Edits one leader: name, current position and unit. Tasks registered earlier keep the position
// held at the time.
class PersonFormDialog : public QDialog
{
    Q_OBJECT

public:
    PersonFormDialog(const QList<Unit> &units, QWidget *parent = nullptr);
    ~PersonFormDialog() override;

    void setPerson(const Person &person);
    Person person() const;

private:
    std::unique_ptr<Ui::PersonFormDialog> m_ui;
    Person m_original;
};

} // namespace dotpha
