#include "DocumentDetailsDialog.h"

#include "ui_DocumentDetailsDialog.h"

#include "AppSettings.h"

using namespace Qt::StringLiterals;

namespace dotpha {

DocumentDetailsDialog::DocumentDetailsDialog(AppSettings &settings, QWidget *parent)
    : EditingDialog(parent)
    , m_ui(std::make_unique<Ui::DocumentDetailsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->dateEdit->setDate(QDate::currentDate());
    const QString position = settings.signerPosition();
    m_ui->positionEdit->setText(position.isEmpty() ? u"Bí thư"_s : position);
    m_ui->signerEdit->setText(settings.signerName());
    for (QWidget *asked : {static_cast<QWidget *>(m_ui->asOfLabel), static_cast<QWidget *>(m_ui->asOfEdit),
                           static_cast<QWidget *>(m_ui->dueYearLabel), static_cast<QWidget *>(m_ui->dueYearCombo),
                           static_cast<QWidget *>(m_ui->dueDaysLabel), static_cast<QWidget *>(m_ui->dueDaysSpin)})
        asked->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->numberEdit->setFocus();
}

DocumentDetailsDialog::~DocumentDetailsDialog() = default;

void DocumentDetailsDialog::applyTo(ReportData &data) const
{
    data.number = m_ui->numberEdit->text().trimmed();
    data.date = m_ui->dateEdit->date();
    data.signerPosition = m_ui->positionEdit->text().trimmed();
    data.signerName = m_ui->signerEdit->text().trimmed();
    m_settings.setSigner(data.signerPosition, data.signerName);
}

void DocumentDetailsDialog::askFiguresDate(const QDate &suggested)
{
    m_ui->asOfEdit->setDateRange(QDate(suggested.year(), 1, 1), QDate(suggested.year(), 12, 31));
    m_ui->asOfEdit->setDate(suggested);
    m_ui->asOfLabel->show();
    m_ui->asOfEdit->show();
}

QDate DocumentDetailsDialog::figuresDate() const
{
    return m_ui->asOfEdit->date();
}

void DocumentDetailsDialog::askDueWindow(int year, int days)
{
    m_ui->dueYearCombo->clear();
    m_ui->dueYearCombo->addItem(QString::number(year), year);
    m_ui->dueYearCombo->addItem(tr("Every year not closed"), QVariant());
    m_ui->dueDaysSpin->setValue(days);
    for (QWidget *asked : {static_cast<QWidget *>(m_ui->dueYearLabel), static_cast<QWidget *>(m_ui->dueYearCombo),
                           static_cast<QWidget *>(m_ui->dueDaysLabel), static_cast<QWidget *>(m_ui->dueDaysSpin)})
        asked->show();
}

std::optional<int> DocumentDetailsDialog::dueYear() const
{
    const QVariant year = m_ui->dueYearCombo->currentData();
    return year.isValid() ? std::optional<int>(year.toInt()) : std::nullopt;
}

int DocumentDetailsDialog::dueDays() const
{
    return m_ui->dueDaysSpin->value();
}

QString DocumentDetailsDialog::guideSection() const
{
    return tr("Summary and printed documents");
}

} // namespace dotpha
