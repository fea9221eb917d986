#include "ProgressEntryDialog.h"

#include "ui_ProgressEntryDialog.h"

#include "FormSaver.h"

#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

constexpr int SentenceChars = 48;

// A checkbox that says whether an optional value is given, and the field that holds it.
void pairOptional(QCheckBox *check, QWidget *field)
{
    field->setEnabled(check->isChecked());
    QObject::connect(check, &QCheckBox::toggled, field, &QWidget::setEnabled);
}

} // namespace

ProgressEntryDialog::ProgressEntryDialog(Kind kind, qint64 taskId, const QString &taskTitle, QWidget *parent)
    : EditingDialog(parent)
    , m_ui(std::make_unique<Ui::ProgressEntryDialog>())
    , m_taskId(taskId)
    , m_kind(kind)
{
    m_ui->setupUi(this);
    m_saver = new FormSaver(*this, *m_ui->dialogLayout);
    m_ui->taskLabel->setText(u"<b>%1</b>"_s.arg(taskTitle.toHtmlEscaped()));
    const QDate today = QDate::currentDate();
    for (QDateEdit *date : {m_ui->noteDateEdit, m_ui->dueDateEdit, m_ui->valueDateEdit})
        date->setDate(today);
    pairOptional(m_ui->percentCheck, m_ui->percentSpin);
    pairOptional(m_ui->dueCheck, m_ui->dueDateEdit);
    pairOptional(m_ui->baselineCheck, m_ui->baselineSpin);
    pairOptional(m_ui->targetCheck, m_ui->targetSpin);
    switch (kind) {
    case Kind::Note:
        setWindowTitle(tr("Progress note"));
        m_ui->pages->setCurrentWidget(m_ui->notePage);
        m_ui->noteTextEdit->setFocus();
        break;
    case Kind::WorkItem:
        setWindowTitle(tr("Work item"));
        m_ui->pages->setCurrentWidget(m_ui->workItemPage);
        m_ui->workItemTitleEdit->setFocus();
        break;
    case Kind::Indicator:
        setWindowTitle(tr("Indicator"));
        m_ui->pages->setCurrentWidget(m_ui->indicatorPage);
        m_ui->indicatorNameEdit->setFocus();
        break;
    case Kind::IndicatorValue:
        setWindowTitle(tr("Indicator value"));
        m_ui->pages->setCurrentWidget(m_ui->valuePage);
        m_ui->valueSpin->setFocus();
        break;
    }
    // The stack is as tall as its tallest page; show only the current one's height.
    for (int i = 0; i < m_ui->pages->count(); ++i) {
        if (m_ui->pages->widget(i) != m_ui->pages->currentWidget())
            m_ui->pages->widget(i)->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    }
    // A line's hint is some 17 characters: a work item's or an indicator's name is a sentence.
    for (QLineEdit *line : {m_ui->workItemTitleEdit, m_ui->indicatorNameEdit, m_ui->valueNoteEdit})
        line->setMinimumWidth(SentenceChars * line->fontMetrics().averageCharWidth());
    adjustSize();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProgressEntryDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ProgressEntryDialog::~ProgressEntryDialog() = default;

void ProgressEntryDialog::setSave(std::function<Status()> save, const DraftStore &drafts)
{
    static const char *const kindKeys[] = {"note", "work-item", "indicator", "indicator-value"};
    m_saver->setSave(std::move(save));
    m_saver->keepDrafts(drafts, u"progress-%1-%2"_s.arg(m_taskId).arg(QLatin1StringView(kindKeys[int(m_kind)])), 0);
}

void ProgressEntryDialog::accept()
{
    if (m_saver->save())
        EditingDialog::accept();
}

void ProgressEntryDialog::setIndicators(const QList<Indicator> &indicators)
{
    m_ui->valueIndicatorCombo->clear();
    for (const Indicator &indicator : indicators) {
        const QString unit = indicator.unitOfMeasure.isEmpty() ? QString() : u" (%1)"_s.arg(indicator.unitOfMeasure);
        m_ui->valueIndicatorCombo->addItem(indicator.name + unit, indicator.id);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!indicators.isEmpty()
                                                              || m_ui->pages->currentWidget() != m_ui->valuePage);
}

void ProgressEntryDialog::setCurrentPercent(int percent)
{
    m_ui->percentSpin->setValue(percent);
}

ProgressNote ProgressEntryDialog::note() const
{
    ProgressNote note;
    note.taskId = m_taskId;
    note.notedOn = m_ui->noteDateEdit->date();
    if (m_ui->percentCheck->isChecked())
        note.percent = m_ui->percentSpin->value();
    note.text = m_ui->noteTextEdit->toPlainText().trimmed();
    return note;
}

WorkItem ProgressEntryDialog::workItem() const
{
    WorkItem item;
    item.taskId = m_taskId;
    item.title = m_ui->workItemTitleEdit->text().trimmed();
    if (m_ui->dueCheck->isChecked())
        item.dueOn = m_ui->dueDateEdit->date();
    return item;
}

Indicator ProgressEntryDialog::indicator() const
{
    Indicator indicator;
    indicator.taskId = m_taskId;
    indicator.name = m_ui->indicatorNameEdit->text().trimmed();
    indicator.unitOfMeasure = m_ui->measureEdit->text().trimmed();
    if (m_ui->baselineCheck->isChecked())
        indicator.baseline = m_ui->baselineSpin->value();
    if (m_ui->targetCheck->isChecked())
        indicator.target = m_ui->targetSpin->value();
    return indicator;
}

IndicatorValue ProgressEntryDialog::indicatorValue() const
{
    IndicatorValue value;
    value.indicatorId = m_ui->valueIndicatorCombo->currentData().toLongLong();
    value.measuredOn = m_ui->valueDateEdit->date();
    value.value = m_ui->valueSpin->value();
    value.note = m_ui->valueNoteEdit->text().trimmed();
    return value;
}

QString ProgressEntryDialog::guideSection() const
{
    return tr("Following progress");
}

} // namespace dotpha
