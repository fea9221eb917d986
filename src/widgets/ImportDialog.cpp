#include "ImportDialog.h"

#include "ui_ImportDialog.h"

#include "AppSettings.h"
#include "ErrorPresenter.h"
#include "FocusedWheelFilter.h"
#include "ImportValueTable.h"
#include "Prompts.h"
#include "ValueWords.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QProgressDialog>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

constexpr int PreviewRows = 3;
constexpr int ProgressDelayMs = 300;

} // namespace

ImportDialog::ImportDialog(Services &services, bool mayRecordDecisions, const QString &path, QList<QStringList> table,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_importer(services)
    , m_mayRecordDecisions(mayRecordDecisions)
    , m_path(path)
    , m_table(std::move(table))
    , m_values(AppSettings().importValueMapping())
{
    m_ui->setupUi(this);
    // A problem reads in full, over several lines if need be, not behind a horizontal scroll bar.
    m_ui->problemList->setWordWrap(true);
    m_ui->problemList->setResizeMode(QListView::Adjust);
    m_ui->problemList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->recordDecisionsCheck->setVisible(false);
    m_ui->newRecordsLabel->setVisible(false);
    m_ui->createMissingCheck->setVisible(false);
    m_ui->checkAgainButton->setVisible(false);
    m_ui->valuesLabel->setVisible(false);
    m_ui->valueTable->setVisible(false);
    m_wheel = new FocusedWheelFilter(this);
    m_valueTable = new ImportValueTable(m_ui->valueTable, m_wheel);
    m_ui->fileLabel->setText(tr("File: %1").arg(QDir::toNativeSeparators(path)));
    m_importButton = m_ui->buttonBox->addButton(tr("&Import the valid rows"), QDialogButtonBox::AcceptRole);
    m_progressDelay.setSingleShot(true);
    m_progressDelay.setInterval(ProgressDelayMs);
    showPlanning(false);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Consent to new records changes what may be imported, not the plan.
    connect(m_ui->createMissingCheck, &QCheckBox::toggled, this, &ImportDialog::updateImportButton);
    connect(m_ui->recordDecisionsCheck, &QCheckBox::toggled, this, &ImportDialog::replan);
    connect(m_ui->stopPlanningButton, &QPushButton::clicked, &m_planner, &BackgroundImportPlanner::stop);
    connect(m_ui->checkAgainButton, &QPushButton::clicked, this, &ImportDialog::checkAgain);
    connect(m_valueTable, &ImportValueTable::chosen, this, &ImportDialog::mapValue);
    connect(&m_planner, &BackgroundImportPlanner::progressed, this, [this](int done, int total) {
        m_ui->planningProgress->setRange(0, total);
        m_ui->planningProgress->setValue(done);
    });
    connect(&m_planner, &BackgroundImportPlanner::planned, this, &ImportDialog::showPlan);
    connect(&m_planner, &BackgroundImportPlanner::stopped, this, &ImportDialog::showStopped);
    connect(&m_progressDelay, &QTimer::timeout, this, [this] { showPlanning(m_planner.isRunning()); });
    fillMapping();
    replan();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::fillMapping()
{
    m_headerRow = std::max(0, RegistrationPlanner::findHeaderRow(m_table));
    const QStringList headers = m_table.value(m_headerRow);
    m_ui->mappingTable->setRowCount(int(headers.size()));
    for (int column = 0; column < headers.size(); ++column) {
        m_ui->mappingTable->setItem(column, 0, new QTableWidgetItem(headers.at(column)));
        auto *meaning = new QComboBox(m_ui->mappingTable);
        meaning->addItem(tr("(ignore)"), -1);
        for (int c = 0; c < RegistrationColumns::ColumnCount; ++c)
            meaning->addItem(RegistrationColumns::header(RegistrationColumns::Column(c)), c);
        const auto recognised = RegistrationColumns::columnOf(headers.at(column));
        meaning->setCurrentIndex(recognised ? meaning->findData(int(*recognised)) : 0);
        connect(meaning, &QComboBox::currentIndexChanged, this, &ImportDialog::replan);
        m_wheel->watch(meaning);
        m_ui->mappingTable->setCellWidget(column, 1, meaning);
        m_meanings << meaning;
        QStringList values;
        for (int row = m_headerRow + 1; row < m_table.size() && values.size() < PreviewRows; ++row) {
            if (!m_table.at(row).value(column).trimmed().isEmpty())
                values << m_table.at(row).value(column).simplified().left(60);
        }
        m_ui->mappingTable->setItem(column, 2, new QTableWidgetItem(values.join(u" | "_s)));
    }
    m_ui->mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->mappingTable->setColumnWidth(1, 240);
}

RegistrationImporter::Mapping ImportDialog::mapping() const
{
    RegistrationImporter::Mapping mapping;
    for (int column = 0; column < m_meanings.size(); ++column) {
        const int meaning = m_meanings.at(column)->currentData().toInt();
        if (meaning >= 0)
            mapping.insert(column, RegistrationColumns::Column(meaning));
    }
    return mapping;
}

// Starts checking the rows again, as the columns, the values and the boxes now say; the check
// under way, if any, is dropped.
void ImportDialog::replan()
{
    m_plan.reset();
    m_importButton->setEnabled(false);
    m_ui->checkAgainButton->setVisible(false);
    const Result<ImportLayout> layout = RegistrationPlanner::layoutOf(m_table, mapping(), m_headerRow);
    if (!layout)
        return showRefusal(layout.error().message());
    if (const Status loaded = loadReferenceData(RegistrationPlanner::yearsIn(m_table, *layout)); !loaded)
        return showRefusal(loaded.error().message());
    // The last check's results stay in view, greyed, until this one replaces them.
    setResultsEnabled(false);
    m_ui->planningProgress->setRange(0, 0);
    m_ui->summaryLabel->setText(tr("Checking the rows..."));
    m_planner.start(m_reference, *layout, m_table, m_ui->recordDecisionsCheck->isChecked(), m_values);
    m_progressDelay.start();
}

// What the database holds, read again: colleagues may have registered or closed a year meanwhile.
void ImportDialog::checkAgain()
{
    m_reference.reset();
    replan();
}

// Read on this thread, which owns the connection, when the file's years change or the user asks
// for a new check; the import's transaction checks again in any case.
Status ImportDialog::loadReferenceData(const QSet<int> &years)
{
    if (m_reference && m_reference->years == years)
        return {};
    Result<ImportReferenceData> data = m_importer.referenceData(years);
    if (!data)
        return data.error();
    m_reference = std::make_shared<const ImportReferenceData>(std::move(data).value());
    return {};
}

void ImportDialog::showRefusal(const QString &message)
{
    m_planner.abandon();
    showPlanning(false);
    hideResults();
    m_ui->summaryLabel->setText(message);
}

void ImportDialog::setResultsEnabled(bool enabled)
{
    m_ui->problemList->setEnabled(enabled);
    m_ui->valueTable->setEnabled(enabled);
    m_ui->newRecordsLabel->setEnabled(enabled);
    m_ui->createMissingCheck->setEnabled(enabled);
}

// No check stands: nothing of an earlier one is shown.
void ImportDialog::hideResults()
{
    m_ui->problemList->clear();
    m_ui->newRecordsLabel->setVisible(false);
    m_ui->createMissingCheck->setVisible(false);
    m_ui->valuesLabel->setVisible(false);
    m_ui->valueTable->setVisible(false);
    m_ui->recordDecisionsCheck->setVisible(m_ui->recordDecisionsCheck->isChecked());
}

void ImportDialog::showPlan(const ImportPlan &plan)
{
    showPlanning(false);
    setResultsEnabled(true);
    m_plan = plan;
    showProblems(plan);
    showNewRecords(plan);
    m_valueTable->show(plan.unknownValues);
    m_ui->valuesLabel->setVisible(!plan.unknownValues.isEmpty());
    m_ui->valueTable->setVisible(!plan.unknownValues.isEmpty());
    m_ui->recordDecisionsCheck->setVisible(
        m_mayRecordDecisions && (plan.reportedDecisions > 0 || m_ui->recordDecisionsCheck->isChecked()));
    updateImportButton();
    emit planningFinished();
}

void ImportDialog::updateImportButton()
{
    // Off says why: a clerk saw "1 row can be imported" beside a button that did nothing.
    QString refusal;
    if (m_plan && m_plan->rows.isEmpty())
        refusal = tr("No row can be imported yet: correct the problems listed, in the file or above.");
    else if (m_plan && m_plan->needsNewRecords() && !m_ui->createMissingCheck->isChecked())
        refusal = tr("The rows name units, people or fields Dotpha does not have: tick \u201c%1\u201d to create them.")
                      .arg(m_ui->createMissingCheck->text().remove(u'&'));
    m_importButton->setEnabled(m_plan && refusal.isEmpty());
    m_importButton->setToolTip(refusal);
    m_ui->summaryLabel->setToolTip(refusal);
    if (m_plan)
        m_ui->summaryLabel->setText(summaryText(*m_plan) + (refusal.isEmpty() ? QString() : u" "_s + refusal));
}

QString ImportDialog::summaryText(const ImportPlan &plan)
{
    return tr("%1 rows can be imported; %2 problems.").arg(plan.rows.size()).arg(plan.problems.size());
}

void ImportDialog::showProblems(const ImportPlan &plan)
{
    m_ui->problemList->clear();
    for (const ImportPlan::Problem &problem : plan.problems) {
        m_ui->problemList->addItem(problem.column.isEmpty()
                                       ? tr("Row %1: %2").arg(problem.row).arg(problem.message)
                                       : tr("Row %1, column %2: %3").arg(problem.row).arg(problem.column, problem.message));
    }
    m_ui->summaryLabel->setText(summaryText(plan));
}

void ImportDialog::showNewRecords(const ImportPlan &plan)
{
    QStringList created;
    if (!plan.newUnits.isEmpty())
        created << tr("%n new unit(s): %1", nullptr, int(plan.newUnits.size())).arg(plan.newUnits.join(u", "_s));
    if (!plan.newPeople.isEmpty())
        created << tr("%n new person(s): %1", nullptr, int(plan.newPeople.size())).arg(plan.newPeople.join(u", "_s));
    if (!plan.newFields.isEmpty())
        created << tr("%n new field(s): %1", nullptr, int(plan.newFields.size())).arg(plan.newFields.join(u", "_s));
    m_ui->newRecordsLabel->setText(created.join(u"\n"_s));
    m_ui->newRecordsLabel->setVisible(!created.isEmpty());
    m_ui->createMissingCheck->setVisible(plan.needsNewRecords());
}

void ImportDialog::showStopped()
{
    showPlanning(false);
    setResultsEnabled(true);
    hideResults();
    m_ui->summaryLabel->setText(tr("The check of the rows was stopped, so nothing can be imported yet."));
    m_ui->checkAgainButton->setVisible(true);
    m_ui->checkAgainButton->setFocus();
    emit planningFinished();
}

void ImportDialog::showPlanning(bool planning)
{
    m_ui->planningLabel->setVisible(planning);
    m_ui->planningProgress->setVisible(planning);
    m_ui->stopPlanningButton->setVisible(planning);
}

// Remembered at once, for this file's next check and the next import.
void ImportDialog::mapValue(RegistrationColumns::Column column, const QString &text, const QString &ours)
{
    const QString key = ValueWords::key(text);
    if (ours.isEmpty())
        m_values[column].remove(key);
    else
        m_values[column].insert(key, ours);
    AppSettings settings;
    RegistrationImporter::ValueMapping remembered = settings.importValueMapping();
    if (ours.isEmpty())
        remembered[column].remove(key);
    else
        remembered[column].insert(key, ours);
    settings.setImportValueMapping(remembered);
    replan();
}

void ImportDialog::setInputsEnabled(bool enabled)
{
    for (QWidget *input : std::initializer_list<QWidget *>{m_ui->mappingTable, m_ui->valueTable, m_ui->createMissingCheck,
                                                           m_ui->recordDecisionsCheck, m_ui->buttonBox})
        input->setEnabled(enabled);
}

void ImportDialog::runImport()
{
    if (!m_plan || m_planner.isRunning())
        return;
    // The progress callback lets events through: nothing in the window may change the plan, or
    // start another check, while the rows are written.
    const ImportPlan plan = *m_plan;
    setInputsEnabled(false);
    QProgressDialog progress(tr("Importing..."), tr("Cancel"), 0, int(plan.rows.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const RegistrationImporter::Options options{m_ui->createMissingCheck->isChecked(),
                                                m_ui->recordDecisionsCheck->isChecked(),
                                                QFileInfo(m_path).fileName()};
    const Result<RegistrationImporter::Outcome> imported = m_importer.execute(plan, options, [&](int done, int) {
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.setValue(progress.maximum());
    setInputsEnabled(true);
    if (!imported) {
        ErrorPresenter::show(this, imported.error());
        return;
    }
    m_imported = imported->imported;
    m_skipped = imported->duplicates;
    if (imported->rowsLeft > 0)
        Prompts::tell(this, QMessageBox::Information, windowTitle(),
                      RegistrationImporter::unfinished(*imported));
    accept();
}

} // namespace dotpha
