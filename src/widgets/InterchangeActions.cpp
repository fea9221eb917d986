#include "InterchangeActions.h"

#include "BackgroundFileReader.h"
#include "BusyCursor.h"
#include "DatabaseSession.h"
#include "ErrorPresenter.h"
#include "FileChooser.h"
#include "ImportDialog.h"
#include "RegistrationExporter.h"
#include "WorkflowPolicy.h"

#include <QDir>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

const char *const SpreadsheetFilter = QT_TRANSLATE_NOOP("dotpha::InterchangeActions", "Excel workbook (*.xlsx);;CSV (*.csv)");

} // namespace

InterchangeActions::InterchangeActions(Context context, QMainWindow *window)
    : QObject(window)
    , m_context(std::move(context))
{
}

QMainWindow *InterchangeActions::window() const
{
    return static_cast<QMainWindow *>(parent());
}

void InterchangeActions::addFileActions(QMenu *file)
{
    m_importAction = file->addAction(tr("&Import registrations..."), this, &InterchangeActions::importRegistrations);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setObjectName(u"importAction"_s);
    m_exportActions << file->addAction(tr("&Export the year's registrations..."), this, &InterchangeActions::exportRegistrations)
                    << file->addAction(tr("E&xport a blank registration template..."), this, &InterchangeActions::exportTemplate);
    m_exportActions.at(0)->setObjectName(u"exportRegistrationsAction"_s);
    m_exportActions.at(1)->setObjectName(u"exportTemplateAction"_s);
}

void InterchangeActions::updateActions(bool registers)
{
    DatabaseSession *session = m_context.session();
    m_importAction->setVisible(registers);
    m_importAction->setEnabled(session && !session->workspace().isReadOnly());
    for (QAction *action : std::as_const(m_exportActions))
        action->setEnabled(session != nullptr);
}

void InterchangeActions::importRegistrations()
{
    DatabaseSession *session = m_context.session();
    if (!session)
        return;
    const QString path = FileChooser::open(window(), FileChooser::Kind::Spreadsheet, tr("Import registrations"),
                                           tr("Spreadsheets (*.xlsx *.csv)"));
    if (path.isEmpty())
        return;
    Result<QList<QStringList>> table = BackgroundFileReader::read(window(), path);
    if (m_context.session() != session)
        return;   // the reading is modal, so this guards an invariant rather than a user's path
    if (!table) {
        ErrorPresenter::show(window(), table.error());
        return;
    }
    const bool administrator =
        WorkflowPolicy::allows(session->user().role, WorkflowPolicy::Action::RecordImportedDecisions);
    ImportDialog dialog(session->services(), administrator, path, std::move(table).value(), window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The views follow the task service's signal after the import's transaction.
    Q_EMIT imported();
    QString message = tr("Imported %n task(s).", nullptr, dialog.importedCount());
    if (dialog.skippedCount() > 0)
        message += u" "_s + tr("%n row(s) registered meanwhile were skipped.", nullptr, dialog.skippedCount());
    showStatus(message);
}

void InterchangeActions::exportRegistrations()
{
    DatabaseSession *session = m_context.session();
    if (!session)
        return;
    const int year = m_context.year();
    const QString path = FileChooser::save(window(), FileChooser::Kind::Spreadsheet, tr("Export registrations"),
                                           tr("registrations-%1.xlsx").arg(year), tr(SpreadsheetFilter));
    if (path.isEmpty())
        return;
    Result<int> exported = 0;
    {
        const BusyCursor busy;
        exported = RegistrationExporter(session->repositories()).exportYear(year, path);
    }
    if (!exported)
        ErrorPresenter::show(window(), exported.error());
    else
        showStatus(tr("Exported %n task(s).", nullptr, *exported));
}

void InterchangeActions::exportTemplate()
{
    DatabaseSession *session = m_context.session();
    if (!session)
        return;
    const QString path = FileChooser::save(window(), FileChooser::Kind::Spreadsheet, tr("Export registration template"),
                                           tr("registration-template.xlsx"), tr(SpreadsheetFilter));
    if (path.isEmpty())
        return;
    if (const Status written = RegistrationExporter(session->repositories()).exportTemplate(path); !written)
        ErrorPresenter::show(window(), written.error());
    else
        showStatus(tr("The blank registration template is in %1.").arg(QDir::toNativeSeparators(path)));
}

void InterchangeActions::showStatus(const QString &message)
{
    window()->statusBar()->showMessage(message, 8000);
}

} // namespace dotpha
