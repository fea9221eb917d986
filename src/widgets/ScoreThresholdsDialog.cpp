#include "ScoreThresholdsDialog.h"

#include "EnumNames.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dotpha {

ScoreThresholdsDialog::ScoreThresholdsDialog(const ScoreThresholds &current, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Score thresholds"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A year-end score of 0 to 100 points suggests the level it reaches; the reviewer "
                                "still chooses the level. Quy định 366-QĐ/TW (2025) grades on this scale. A closed "
                                "year keeps the thresholds it was closed under."),
                             this);
    intro->setWordWrap(true);
    // A wrapped label gives no height of its own until it has a width: the dialog keeps to the
    // size its content asks for at this width, so that nothing is squeezed.
    intro->setMinimumWidth(440);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    setLayout(layout);
    m_excellent = addThreshold(tr("&Excellent from:"), u"excellentSpin"_s, current.excellent);
    m_good = addThreshold(tr("&Good from:"), u"goodSpin"_s, current.good);
    m_completed = addThreshold(tr("&Completed from:"), u"completedSpin"_s, current.completed);
    m_below = new QLabel(this);
    form->addRow(QString(), m_below);
    m_message = new QLabel(this);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    m_message->hide();
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ScoreThresholdsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    showBelow();
    m_excellent->setFocus();
}

QSpinBox *ScoreThresholdsDialog::addThreshold(const QString &label, const QString &objectName, int value)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(objectName);
    spin->setRange(1, 100);
    spin->setValue(value);
    spin->setSuffix(tr(" points"));
    auto *form = findChild<QFormLayout *>();
    auto *name = new QLabel(label, this);
    name->setBuddy(spin);
    form->addRow(name, spin);
    connect(spin, &QSpinBox::valueChanged, this, &ScoreThresholdsDialog::showBelow);
    return spin;
}

void ScoreThresholdsDialog::showBelow()
{
    m_below->setText(tr("Under %1 points: %2").arg(m_completed->value()).arg(EnumNames::name(Rating::NotCompleted)));
}

ScoreThresholds ScoreThresholdsDialog::thresholds() const
{
    return {m_excellent->value(), m_good->value(), m_completed->value()};
}

void ScoreThresholdsDialog::accept()
{
    if (!thresholds().isValid()) {
        m_message->setText(tr("Each level must start above the next: excellent above good, good above completed."));
        m_message->show();
        return;
    }
    QDialog::accept();
}

} // namespace dotpha
