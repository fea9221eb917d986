#include "DecisionDialog.h"

#include "ui_DecisionDialog.h"

#include "BusyCursor.h"
#include "EnumNames.h"
#include "ScoreBandText.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace dotpha {

DecisionDialog::DecisionDialog(Purpose purpose, const QString &taskTitle, QWidget *parent)
    : EditingDialog(parent)
    , m_ui(std::make_unique<Ui::DecisionDialog>())
    , m_purpose(purpose)
{
    m_ui->setupUi(this);
    setWindowTitle(titleFor(purpose));
    m_ui->taskLabel->setText(u"<b>%1</b>"_s.arg(taskTitle.toHtmlEscaped()));
    m_ui->dateEdit->setDate(QDate::currentDate());
    const bool rating = purpose == Purpose::Rate;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_ui->scoreLabel, m_ui->scoreSpin, m_ui->ratingLabel,
                                                            m_ui->ratingCombo, m_ui->suggestionLabel,
                                                            m_ui->assessmentLabel, m_ui->assessmentEdit})
        widget->setVisible(rating);
    m_ui->scoreSpin->setSpecialValueText(tr("(no score)"));   // the minimum, -1: a level without a score
    m_ui->suggestionLabel->hide();
    connect(m_ui->scoreSpin, &QSpinBox::valueChanged, this, &DecisionDialog::suggestFromScore);
    for (const Rating each : {Rating::Excellent, Rating::Good, Rating::Completed, Rating::NotCompleted})
        m_ui->ratingCombo->addItem(EnumNames::name(each), QVariant::fromValue(int(each)));
    m_ui->ratingCombo->setCurrentIndex(-1);   // chosen by the reviewer, never assumed
    m_ui->ratingCombo->setPlaceholderText(tr("(choose the level)"));
    setIssuerSymbol({});
    m_ui->reasonLabel->setText(needsReason(purpose) ? tr("R&eason (required):") : tr("R&eason:"));
    m_ui->messageLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(titleFor(purpose));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (rating ? static_cast<QWidget *>(m_ui->scoreSpin) : static_cast<QWidget *>(m_ui->numberEdit))->setFocus();
}

DecisionDialog::~DecisionDialog() = default;

QString DecisionDialog::titleFor(Purpose purpose) const
{
    switch (purpose) {
    case Purpose::Approve: return tr("Approve");
    case Purpose::Return: return tr("Return for revision");
    case Purpose::Reject: return tr("Reject");
    case Purpose::Adjust: return tr("Record the adjustment");
    case Purpose::Supplement: return tr("Supplement");
    case Purpose::Assign: return tr("Assign");
    case Purpose::Rate: return tr("Rate");
    case Purpose::LateAmendment: return tr("Record the late amendment");
    }
    return {};
}

bool DecisionDialog::needsReason(Purpose purpose)
{
    return purpose == Purpose::Return || purpose == Purpose::Reject || purpose == Purpose::Adjust
           || purpose == Purpose::LateAmendment;
}

ReviewService::Details DecisionDialog::details() const
{
    return {m_ui->dateEdit->date(), m_ui->numberEdit->text().trimmed(), m_ui->reasonEdit->toPlainText().trimmed()};
}

Rating DecisionDialog::rating() const
{
    return Rating(m_ui->ratingCombo->currentData().toInt());
}

std::optional<int> DecisionDialog::score() const
{
    const int value = m_ui->scoreSpin->value();
    return value >= 0 ? std::optional<int>(value) : std::nullopt;
}

QString DecisionDialog::assessment() const
{
    return m_ui->assessmentEdit->toPlainText().trimmed();
}

void DecisionDialog::setRating(std::optional<Rating> rating, std::optional<int> score, const QString &assessment)
{
    m_ui->scoreSpin->setValue(score.value_or(-1));
    // The level stored is the reviewer's, whatever its score suggests.
    if (rating)
        m_ui->ratingCombo->setCurrentIndex(m_ui->ratingCombo->findData(int(*rating)));
    m_ui->assessmentEdit->setPlainText(assessment);
}

void DecisionDialog::setScoreThresholds(const ScoreThresholds &thresholds)
{
    m_thresholds = thresholds;
}


// A score chosen picks the level it suggests; the reviewer may still choose another.
void DecisionDialog::suggestFromScore()
{
    const std::optional<int> entered = score();
    m_ui->suggestionLabel->setVisible(entered.has_value());
    if (!entered)
        return;
    const Rating suggested = m_thresholds.suggested(*entered);
    m_ui->ratingCombo->setCurrentIndex(m_ui->ratingCombo->findData(int(suggested)));
    m_ui->suggestionLabel->setText(
        tr("The score suggests “%1” (%2).").arg(EnumNames::name(suggested), ScoreBandText::of(suggested, m_thresholds)));
}

void DecisionDialog::setIssuerSymbol(const QString &symbol)
{
    m_ui->numberEdit->setPlaceholderText(symbol.trimmed().isEmpty() ? tr("for example Số 15-QĐ")
                                                                    : tr("for example Số 15-QĐ/%1").arg(symbol.trimmed()));
}

void DecisionDialog::accept()
{
    if (m_purpose == Purpose::Rate && m_ui->ratingCombo->currentIndex() < 0) {
        m_ui->messageLabel->setText(tr("Choose the rating."));
        m_ui->messageLabel->show();
        m_ui->ratingCombo->setFocus();
        return;
    }
    if (needsReason(m_purpose) && details().reason.isEmpty()) {
        m_ui->messageLabel->setText(tr("Write the reason for this decision."));
        m_ui->messageLabel->show();
        m_ui->reasonEdit->setFocus();
        return;
    }
    if (m_save) {
        const Status saved = [this] {
            const BusyCursor busy;
            return m_save();
        }();
        if (!saved) {
            m_ui->messageLabel->setText(saved.error().message());
            m_ui->messageLabel->show();
            return;
        }
    }
    QDialog::accept();
}

QString DecisionDialog::guideSection() const
{
    return tr("Review and approval");
}

} // namespace dotpha
