#pragma once

#include <QDate>
#include <QDialog>
#include <QStringList>

class QComboBox;
class QDateEdit;

namespace dotpha {

// Which of a task's open work items was done, and on which day (today unless said otherwise, never
// a day to come).
class WorkItemDoneDialog : public QDialog
{
    Q_OBJECT

public:
    WorkItemDoneDialog(const QStringList &openItems, QWidget *parent = nullptr);

    int chosenItem() const;
    QDate doneOn() const;

private:
    QComboBox *m_items;
    QDateEdit *m_date;
};

} // namespace dotpha
