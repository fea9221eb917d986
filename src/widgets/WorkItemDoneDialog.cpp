#include "WorkItemDoneDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace dotpha {

WorkItemDoneDialog::WorkItemDoneDialog(const QStringList &openItems, QWidget *parent)
    : QDialog(parent)
    , m_items(new QComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
{
    setWindowTitle(tr("Mark a work item done"));
    m_items->setObjectName(u"itemCombo"_s);
    m_items->addItems(openItems);
    m_date->setObjectName(u"doneDateEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_date->setMaximumDate(QDate::currentDate());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttonBox"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    auto *itemLabel = new QLabel(tr("&Work item:"), this);
    itemLabel->setBuddy(m_items);
    auto *dateLabel = new QLabel(tr("Done &on:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(itemLabel, m_items);
    form->addRow(dateLabel, m_date);
    form->addRow(buttons);
}

int WorkItemDoneDialog::chosenItem() const
{
    return m_items->currentIndex();
}

QDate WorkItemDoneDialog::doneOn() const
{
    return m_date->date();
}

} // namespace dotpha
