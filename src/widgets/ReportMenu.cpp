#include "ReportMenu.h"

#include "DatabaseSession.h"
#include "DecisionRepository.h"
#include "AppSettings.h"
#include "BusyCursor.h"
#include "DocumentCanvas.h"
#include "DocumentDetailsDialog.h"
#include "DueTaskList.h"
#include "ErrorPresenter.h"
#include "FileChooser.h"
#include "FieldRepository.h"
#include "PdfExporter.h"
#include "RegistrationList.h"
#include "ReportDataService.h"
#include "SixMonthReport.h"
#include "SummaryDialog.h"
#include "ChangeFeed.h"
#include "TaskSheet.h"
#include "WorkItemRepository.h"
#include "AttachmentRepository.h"
#include "Workspace.h"
#include "YearEndReport.h"

#include <QPrintPreviewDialog>
#include <QToolBar>
#include <QPrinter>

using namespace Qt::StringLiterals;

namespace dotpha {

ReportMenu::ReportMenu(Context context, QWidget *parent)
    : QMenu(tr("&Reports"), parent)
    , m_context(std::move(context))
{
    QAction *summary = addAction(tr("Year &summary..."), this, &ReportMenu::showSummary);
    summary->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    summary->setObjectName(u"summaryAction"_s);
    addSeparator();
    QAction *print = addAction(tr("Print &year-end report..."), this, [this] { preview(Document::YearEnd); });
    print->setShortcut(QKeySequence::Print);
    addAction(tr("Print &registration list..."), this, [this] { preview(Document::Registrations); });
    m_taskActions << addAction(tr("Print the task's registration s&heet..."), this, [this] { preview(Document::TaskSheet); });
    addAction(tr("Print the six-&month review..."), this, [this] { preview(Document::SixMonth); })
        ->setObjectName(u"printSixMonthAction"_s);
    addAction(tr("Print tasks d&ue and overdue..."), this, [this] { preview(Document::DueList); })
        ->setObjectName(u"printDueListAction"_s);
    addSeparator();
    addAction(tr("Export year-end report to &PDF..."), this, [this] { exportPdf(Document::YearEnd); });
    addAction(tr("Export registration list to P&DF..."), this, [this] { exportPdf(Document::Registrations); });
    m_taskActions << addAction(tr("Export the task's registration sheet to PD&F..."), this,
                               [this] { exportPdf(Document::TaskSheet); });
    addAction(tr("Export the six-month re&view to PDF..."), this, [this] { exportPdf(Document::SixMonth); });
    addAction(tr("Export tasks due and &overdue to PDF..."), this, [this] { exportPdf(Document::DueList); });
    connect(this, &QMenu::aboutToShow, this, &ReportMenu::updateActions);
}

void ReportMenu::updateActions()
{
    const bool hasTask = m_context.currentTask().has_value();
    for (QAction *action : std::as_const(m_taskActions))
        action->setEnabled(hasTask);
}

std::unique_ptr<PrintableDocument> ReportMenu::makeDocument(Document document)
{
    DatabaseSession *session = m_context.session();
    if (!session)
        return nullptr;
    if (document == Document::DueList)
        return makeDueList(*session);
    Result<ReportData> data = ReportDataService(session->repositories()).collect(m_context.year());
    if (!data) {
        ErrorPresenter::show(parentWidget(), data.error());
        return nullptr;
    }
    QDate asOf = SixMonthReview::middleOf(m_context.year());
    if (document != Document::TaskSheet) {
        AppSettings settings;
        DocumentDetailsDialog details(settings, parentWidget());
        if (document == Document::SixMonth)
            details.askFiguresDate(asOf);
        if (details.exec() != QDialog::Accepted)
            return nullptr;
        details.applyTo(data.value());
        asOf = details.figuresDate();
    }
    switch (document) {
    case Document::YearEnd:
        return std::make_unique<YearEndReport>(std::move(data).value());
    case Document::Registrations:
        return std::make_unique<RegistrationList>(std::move(data).value());
    case Document::SixMonth: {
        Result<SixMonthReview> review = SixMonthReview::of(session->repositories().progressNotes,
                                                           session->repositories().decisions, data->tasks,
                                                           m_context.year(), asOf);
        if (!review) {
            ErrorPresenter::show(parentWidget(), review.error());
            return nullptr;
        }
        return std::make_unique<SixMonthReport>(std::move(data).value(), std::move(review).value());
    }
    case Document::DueList:
        return nullptr;   // made above, from what falls due rather than from the year's data
    case Document::TaskSheet: {
        const std::optional<Task> task = m_context.currentTask();
        if (!task)
            return nullptr;
        const Result<QList<Decision>> decisions = session->repositories().decisions.ofTask(task->id);
        if (!decisions) {
            ErrorPresenter::show(parentWidget(), decisions.error());
            return nullptr;
        }
        const Result<QList<Attachment>> files = session->repositories().attachments.ofTask(task->id);
        if (!files) {
            ErrorPresenter::show(parentWidget(), files.error());
            return nullptr;
        }
        const Result<QList<WorkItem>> items = session->repositories().workItems.ofTask(task->id);
        if (!items) {
            ErrorPresenter::show(parentWidget(), items.error());
            return nullptr;
        }
        const QString field = task->fieldId ? data->fieldNames.value(*task->fieldId) : QString();
        auto sheet = std::make_unique<TaskSheet>(data->committee, *task, *decisions, field);
        sheet->setAttachments(*files);
        sheet->setWorkItems(*items);
        return sheet;
    }
    }
    return nullptr;
}

// Every open year, as the status bar's notice and the "Due soon" entry count, within the days set
// under Settings ▸ Deadlines.
// The year shown, unless the user asks for every open year: a due list of 2026 lists no task of
// 2021 ("1.802 ngày" overdue).
std::unique_ptr<PrintableDocument> ReportMenu::makeDueList(DatabaseSession &session)
{
    AppSettings settings;
    DocumentDetailsDialog details(settings, parentWidget());
    details.askDueWindow(m_context.year(), settings.dueWithinDays());
    if (details.exec() != QDialog::Accepted)
        return nullptr;
    Result<DueTaskList::Contents> contents =
        DueTaskList::collect(session.repositories(), QDate::currentDate(), details.dueDays(), details.dueYear());
    if (!contents) {
        ErrorPresenter::show(parentWidget(), contents.error());
        return nullptr;
    }
    ReportData chosen;
    details.applyTo(chosen);
    contents->number = chosen.number;
    contents->date = chosen.date;
    contents->signerPosition = chosen.signerPosition;
    contents->signerName = chosen.signerName;
    return std::make_unique<DueTaskList>(std::move(contents).value());
}

void ReportMenu::preview(Document document)
{
    const std::unique_ptr<PrintableDocument> printable = makeDocument(document);
    if (!printable)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(printable->title());
    QPrintPreviewDialog dialog(&printer, parentWidget());
    dialog.setWindowTitle(printable->title());
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &printable](QPrinter *target) {
        const BusyCursor busy;   // a year of 20,000 tasks takes seconds to lay out
        DocumentCanvas canvas(*target, printable->committee());
        printable->paint(canvas);
        rememberSeal(*printable);   // the preview's Print paints here too
    });
    // The document previewed is exported as it is, without asking its number and signer again.
    if (auto *tools = dialog.findChild<QToolBar *>()) {
        tools->addSeparator();
        QAction *export_ = tools->addAction(tr("Export to PDF..."), &dialog, [this, &printable, &dialog] {
            writePdf(*printable, &dialog);
        });
        export_->setObjectName(u"exportPdfAction"_s);
    }
    dialog.resize(1000, 690);   // within a 1024×768 screen, taskbar and title bar taken off
    dialog.exec();
}

void ReportMenu::exportPdf(Document document)
{
    if (const std::unique_ptr<PrintableDocument> printable = makeDocument(document))
        writePdf(*printable, parentWidget());
}

void ReportMenu::writePdf(const PrintableDocument &printable, QWidget *asker)
{
    const QString path = FileChooser::save(asker, FileChooser::Kind::Document, tr("Export to PDF"),
                                           printable.title() + u".pdf"_s, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    Status written;
    {
        const BusyCursor busy;
        written = PdfExporter::write(printable, path);
    }
    if (!written)
        ErrorPresenter::show(asker, written.error());
    else
        rememberSeal(printable);
}

// For File ▸ Restore a backup, which asks for the seal of the latest report of the database.
void ReportMenu::rememberSeal(const PrintableDocument &printable)
{
    const std::optional<AuditHead> seal = printable.seal();
    if (DatabaseSession *session = m_context.session(); session && seal)
        AppSettings().setPrintedSeal(session->workspace().location(), seal->code());
}

void ReportMenu::showSummary()
{
    DatabaseSession *session = m_context.session();
    if (!session)
        return;
    const Result<ReportData> data = ReportDataService(session->repositories()).collect(m_context.year());
    if (!data) {
        ErrorPresenter::show(parentWidget(), data.error());
        return;
    }
    SummaryDialog dialog(*data, parentWidget());
    // What anyone commits meanwhile, a colleague included, shows while the summary is open.
    const int year = m_context.year();
    connect(&session->changes(), &ChangeFeed::changed, &dialog, [&dialog, session, year](const ChangeSet &changes) {
        if (changes.tasks.isEmpty() && !changes.touches(u"field"_s) && !changes.touches(u"unit"_s))
            return;
        if (const Result<ReportData> fresh = ReportDataService(session->repositories()).collect(year))
            dialog.showSummary(*fresh);
    });
    dialog.exec();
}

} // namespace dotpha
