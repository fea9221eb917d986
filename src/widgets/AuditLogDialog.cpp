#include "AuditLogDialog.h"

#include "AuditHeadText.h"

#include "ui_AuditLogDialog.h"

#include "AuditExporter.h"
#include "AuditTableModel.h"
#include "BusyCursor.h"
#include "ChangeFeed.h"
#include "ErrorPresenter.h"
#include "FileChooser.h"
#include "RecordCheck.h"

#include <QDate>
#include <QHeaderView>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace dotpha {

AuditLogDialog::AuditLogDialog(Repositories &repositories, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AuditLogDialog>())
    , m_repositories(repositories)
    , m_model(new AuditTableModel(repositories.audit, this))
{
    m_ui->setupUi(this);
    m_ui->entryView->setModel(m_model);
    m_ui->entryView->verticalHeader()->hide();
    m_ui->entryView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->entryView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->entryView->horizontalHeader()->setStretchLastSection(true);
    load();
    m_ui->entryView->setColumnWidth(AuditTableModel::When, 150);
    m_ui->entryView->setColumnWidth(AuditTableModel::Who, 170);
    m_ui->entryView->setColumnWidth(AuditTableModel::Record, 300);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &AuditLogDialog::verify);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AuditLogDialog::chooseAndExport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AuditLogDialog::~AuditLogDialog() = default;

void AuditLogDialog::load()
{
    if (const Status loaded = m_model->reload(); !loaded)
        m_ui->summaryLabel->setText(loaded.error().message());
    else
        m_ui->summaryLabel->setText(tr("%n change(s) recorded, newest first.", nullptr, m_model->totalCount()));
}

// The newest records go on top in place; a reader further down keeps the rows they were reading
// where they were on the screen.
void AuditLogDialog::showNewer()
{
    const Result<int> added = m_model->addNewer();
    if (!added) {
        m_ui->summaryLabel->setText(added.error().message());
        return;
    }
    QScrollBar *scroll = m_ui->entryView->verticalScrollBar();
    if (*added > 0 && scroll->value() > 0) {
        const bool byRow = m_ui->entryView->verticalScrollMode() == QAbstractItemView::ScrollPerItem;
        scroll->setValue(scroll->value() + *added * (byRow ? 1 : m_ui->entryView->verticalHeader()->defaultSectionSize()));
    }
    m_ui->summaryLabel->setText(tr("%n change(s) recorded, newest first.", nullptr, m_model->totalCount()));
}

void AuditLogDialog::followChanges(ChangeFeed &feed)
{
    connect(&feed, &ChangeFeed::changed, this, &AuditLogDialog::showNewer);
}

QStringList AuditLogDialog::verify()
{
    const BusyCursor busy;
    const Result<QStringList> problems = RecordCheck::problems(m_repositories);
    if (!problems) {
        m_ui->chainLabel->setText(problems.error().message());
        return {problems.error().message()};
    }
    const Result<QStringList> warnings = RecordCheck::warnings(m_repositories);
    if (problems->isEmpty() && warnings && !warnings->isEmpty()) {
        // Sound, but some of it was done outside Dotpha (psql): said, in amber.
        m_ui->chainLabel->setStyleSheet(u"color: #8a5300;"_s);
        m_ui->chainLabel->setText(tr("Every record matches its seal, the data match the change log and every attached "
                                     "file its SHA-256.")
                                  + u'\n' + warnings->join(u'\n'));
    } else if (problems->isEmpty()) {
        m_ui->chainLabel->setStyleSheet(u"color: #1b5e20;"_s);
        QString text = tr("Every record matches its seal, the data match the change log and every attached file "
                          "its SHA-256: nothing was changed outside Dotpha.");
        // The seal to note down, or compare with one printed earlier.
        if (const Result<std::optional<AuditHead>> head = m_repositories.audit.head(); head && head->has_value())
            text += u'\n' + AuditHeadText::describe(**head);
        m_ui->chainLabel->setText(text);
    } else {
        m_ui->chainLabel->setStyleSheet(u"color: #b00020;"_s);
        m_ui->chainLabel->setText(problems->join(u'\n'));
    }
    return *problems;
}

Status AuditLogDialog::exportTo(const QString &path)
{
    const BusyCursor busy;
    const Result<int> written = AuditExporter::exportTo(m_repositories.audit, path);
    return written ? Status() : Status(written.error());
}

void AuditLogDialog::chooseAndExport()
{
    const QString path = FileChooser::save(
        this, FileChooser::Kind::Document, tr("Export the change log"),
        tr("change-log-%1.csv").arg(QDate::currentDate().toString(u"yyyy-MM-dd"_s)), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status done = exportTo(path); !done)
        ErrorPresenter::show(this, done.error());
}

} // namespace dotpha
