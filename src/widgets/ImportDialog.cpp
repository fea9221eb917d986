#include "ImportDialog.h"

#include "ui_ImportDialog.h"

#include "ErrorPresenter.h"

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

} // namespace

ImportDialog::ImportDialog(Services &services, bool mayRecordDecisions, const QString &path, QList<QStringList> table,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_importer(services)
    , m_path(path)
    , m_table(std::move(table))
{
    m_ui->setupUi(this);
    // A problem reads in full, over several lines if need be, not behind a horizontal scroll bar.
    m_ui->problemList->setWordWrap(true);
    m_ui->problemList->setResizeMode(QListView::Adjust);
    m_ui->problemList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->recordDecisionsCheck->setVisible(false);
    if (mayRecordDecisions) {
        const Result<ImportPlan> withDecisions = m_importer.plan(m_table, {}, -1, true);
        m_ui->recordDecisionsCheck->setVisible(withDecisions && withDecisions->decisions > 0);
    }
    m_ui->fileLabel->setText(tr("File: %1").arg(QDir::toNativeSeparators(path)));
    m_importButton = m_ui->buttonBox->addButton(tr("&Import the valid rows"), QDialogButtonBox::AcceptRole);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->createMissingCheck, &QCheckBox::toggled, this, &ImportDialog::replan);
    connect(m_ui->recordDecisionsCheck, &QCheckBox::toggled, this, &ImportDialog::replan);
    fillMapping();
    replan();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::fillMapping()
{
    const Result<ImportPlan> first = m_importer.plan(m_table);
    m_headerRow = first ? first->headerRow - 1 : 0;
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

void ImportDialog::replan()
{
    const Result<ImportPlan> plan =
        m_importer.plan(m_table, mapping(), m_headerRow, m_ui->recordDecisionsCheck->isChecked());
    m_ui->problemList->clear();
    if (!plan) {
        m_plan.reset();
        m_ui->summaryLabel->setText(plan.error().message());
        m_importButton->setEnabled(false);
        return;
    }
    m_plan = *plan;
    for (const ImportPlan::Problem &problem : plan->problems) {
        m_ui->problemList->addItem(problem.column.isEmpty()
                                       ? tr("Row %1: %2").arg(problem.row).arg(problem.message)
                                       : tr("Row %1, column %2: %3").arg(problem.row).arg(problem.column, problem.message));
    }
    m_ui->summaryLabel->setText(tr("%1 rows can be imported; %2 problems.").arg(plan->rows.size()).arg(plan->problems.size()));
    QStringList created;
    if (!plan->newUnits.isEmpty())
        created << tr("%n new unit(s): %1", nullptr, int(plan->newUnits.size())).arg(plan->newUnits.join(u", "_s));
    if (!plan->newPeople.isEmpty())
        created << tr("%n new person(s): %1", nullptr, int(plan->newPeople.size())).arg(plan->newPeople.join(u", "_s));
    if (!plan->newFields.isEmpty())
        created << tr("%n new field(s): %1", nullptr, int(plan->newFields.size())).arg(plan->newFields.join(u", "_s));
    m_ui->newRecordsLabel->setText(created.join(u"\n"_s));
    m_ui->newRecordsLabel->setVisible(!created.isEmpty());
    m_ui->createMissingCheck->setVisible(plan->needsNewRecords());
    m_importButton->setEnabled(!plan->rows.isEmpty()
                               && (!plan->needsNewRecords() || m_ui->createMissingCheck->isChecked()));
}

void ImportDialog::runImport()
{
    if (!m_plan)
        return;
    QProgressDialog progress(tr("Importing..."), tr("Cancel"), 0, int(m_plan->rows.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const RegistrationImporter::Options options{m_ui->createMissingCheck->isChecked(),
                                                m_ui->recordDecisionsCheck->isChecked(),
                                                QFileInfo(m_path).fileName()};
    const Result<RegistrationImporter::Outcome> imported = m_importer.execute(*m_plan, options, [&](int done, int) {
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.setValue(progress.maximum());
    if (!imported) {
        ErrorPresenter::show(this, imported.error());
        return;
    }
    m_imported = imported->imported;
    m_skipped = imported->duplicates;
    accept();
}

} // namespace dotpha
