#include "PersonFormDialog.h"

#include "ui_PersonFormDialog.h"

namespace dotpha {

PersonFormDialog::PersonFormDialog(const QList<Unit> &units, QWidget *parent)
    : EditingDialog(parent)
    , m_ui(std::make_unique<Ui::PersonFormDialog>())
{
    m_ui->setupUi(this);
    m_ui->unitCombo->addItem(tr("(none)"), QVariant());
    for (const Unit &unit : units)
        m_ui->unitCombo->addItem(unit.name, unit.id);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PersonFormDialog::~PersonFormDialog() = default;

void PersonFormDialog::setPerson(const Person &person)
{
    m_original = person;
    m_ui->nameEdit->setText(person.fullName);
    m_ui->positionEdit->setText(person.position);
    m_ui->unitCombo->setCurrentIndex(person.unitId ? std::max(0, m_ui->unitCombo->findData(*person.unitId)) : 0);
}

Person PersonFormDialog::person() const
{
    Person person = m_original;
    person.fullName = m_ui->nameEdit->text().trimmed();
    person.position = m_ui->positionEdit->text().trimmed();
    const QVariant unit = m_ui->unitCombo->currentData();
    person.unitId = unit.isValid() ? std::optional<qint64>(unit.toLongLong()) : std::nullopt;
    return person;
}

QString PersonFormDialog::guideSection() const
{
    return tr("Units, people and fields");
}

} // namespace dotpha
