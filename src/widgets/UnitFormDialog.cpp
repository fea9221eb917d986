#include "UnitFormDialog.h"

#include "ui_UnitFormDialog.h"

#include "EnumNames.h"

namespace dotpha {

namespace {

std::optional<qint64> idIn(const QComboBox *combo)
{
    const QVariant id = combo->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

std::optional<int> yearIn(const QSpinBox *spin)
{
    return spin->value() == spin->minimum() ? std::nullopt : std::optional<int>(spin->value());
}

} // namespace

UnitFormDialog::UnitFormDialog(const QList<Unit> &otherUnits, QWidget *parent)
    : EditingDialog(parent)
    , m_ui(std::make_unique<Ui::UnitFormDialog>())
{
    m_ui->setupUi(this);
    for (const UnitKind kind : allValues<UnitKind>())
        m_ui->kindCombo->addItem(EnumNames::name(kind), toCode(kind));
    for (QComboBox *combo : {m_ui->parentCombo, m_ui->successorCombo}) {
        combo->addItem(tr("(none)"), QVariant());
        for (const Unit &unit : otherUnits)
            combo->addItem(unit.name, unit.id);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

UnitFormDialog::~UnitFormDialog() = default;

void UnitFormDialog::setUnit(const Unit &unit)
{
    m_original = unit;
    m_ui->nameEdit->setText(unit.name);
    m_ui->kindCombo->setCurrentIndex(std::max(0, m_ui->kindCombo->findData(toCode(unit.kind))));
    m_ui->parentCombo->setCurrentIndex(unit.parentId ? std::max(0, m_ui->parentCombo->findData(*unit.parentId)) : 0);
    m_ui->successorCombo->setCurrentIndex(unit.successorId ? std::max(0, m_ui->successorCombo->findData(*unit.successorId)) : 0);
    m_ui->activeFromSpin->setValue(unit.activeFromYear.value_or(m_ui->activeFromSpin->minimum()));
    m_ui->activeToSpin->setValue(unit.activeToYear.value_or(m_ui->activeToSpin->minimum()));
}

Unit UnitFormDialog::unit() const
{
    Unit unit = m_original;
    unit.name = m_ui->nameEdit->text().trimmed();
    unit.kind = fromCode<UnitKind>(m_ui->kindCombo->currentData().toString()).value_or(UnitKind::Other);
    unit.parentId = idIn(m_ui->parentCombo);
    unit.successorId = idIn(m_ui->successorCombo);
    unit.activeFromYear = yearIn(m_ui->activeFromSpin);
    unit.activeToYear = yearIn(m_ui->activeToSpin);
    return unit;
}

QString UnitFormDialog::guideSection() const
{
    return tr("Units, people and fields");
}

} // namespace dotpha
