#include "RestoreConfirmationDialog.h"

#include "AuditHead.h"
#include "PrintedSeal.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dotpha {

RestoreConfirmationDialog::RestoreConfirmationDialog(const QString &question, const QString &rememberedSeal,
                                                     QWidget *parent)
    : QDialog(parent)
    , m_seal(new QLineEdit(rememberedSeal, this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Restore a backup"));
    auto *questionLabel = new QLabel(question, this);
    questionLabel->setObjectName(u"questionLabel"_s);
    questionLabel->setWordWrap(true);
    auto *sealLabel = new QLabel(tr("&Seal printed on the latest report or export of this database (leave empty if "
                                    "none was printed):"),
                                 this);
    sealLabel->setWordWrap(true);
    sealLabel->setBuddy(m_seal);
    m_seal->setObjectName(u"sealEdit"_s);
    m_seal->setPlaceholderText(u"1234:9f3a2c1b7d4e8a60"_s);
    m_seal->setClearButtonEnabled(true);
    auto *sealHint = new QLabel(tr("A backup that does not hold this seal is older than the printed report, or was "
                                   "altered: it is refused and nothing is replaced."),
                                this);
    sealHint->setWordWrap(true);
    m_problem->setObjectName(u"sealProblemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttonBox"_s);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(u"restoreButton"_s);
    m_restore->setAutoDefault(false);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreConfirmationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_seal, &QLineEdit::textEdited, m_problem, &QWidget::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(questionLabel);
    layout->addSpacing(8);
    layout->addWidget(sealLabel);
    layout->addWidget(m_seal);
    layout->addWidget(sealHint);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    // Wrapped labels are as tall as their width needs: the window grows to show them whole.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    cancel->setFocus();
}

QString RestoreConfirmationDialog::seal() const
{
    return m_seal->text().trimmed();
}

// A seal mistyped is said at once, before anything is checked or anyone is asked to sign in.
void RestoreConfirmationDialog::accept()
{
    if (!seal().isEmpty() && !AuditHead::parse(seal())) {
        m_problem->setText(PrintedSeal::notASeal(seal()));
        m_problem->show();
        m_seal->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace dotpha
