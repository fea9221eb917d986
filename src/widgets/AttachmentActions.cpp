#include "AttachmentActions.h"

#include "AttachmentReader.h"
#include "AttachmentService.h"
#include "ClosedYearRepository.h"
#include "CommitteeSettings.h"
#include "DecisionRepository.h"
#include "EnumNames.h"
#include "ProgressNoteRepository.h"
#include "WorkItemRepository.h"
#include "DatabaseSession.h"
#include "ErrorPresenter.h"
#include "FileChooser.h"
#include "FileProgress.h"
#include "ProgressEntryCommand.h"
#include "ViewableCopy.h"
#include "WorkflowPolicy.h"
#include "Workspace.h"
#include "YearSeal.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QInputDialog>
#include <QScopedValueRollback>
#include <QLocale>
#include <QUndoStack>
#include <QUrl>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace dotpha {

AttachmentActions::AttachmentActions(std::function<DatabaseSession *()> session, QWidget *parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_parent(parent)
{
}

QString AttachmentActions::readOnlyReason(const Task &task)
{
    DatabaseSession *session = m_session();
    if (session->workspace().isReadOnly())
        return tr("The database is open read-only: its files can be opened and saved, not changed.");
    if (!WorkflowPolicy::allows(session->user().role, WorkflowPolicy::Action::LogProgress))
        return tr("Your role opens and saves a task's files; those who log progress attach and remove them.");
    const Result<bool> closed = session->repositories().closedYears.isClosed(task.year);
    return closed && *closed ? YearSeal::closedMessage(task.year) : QString();
}

void AttachmentActions::showFiles(const Task &task)
{
    if (!m_session())
        return;
    AttachmentsDialog dialog(task.title, m_parent);
    m_dialog = &dialog;
    m_task = task;
    dialog.setReadOnlyReason(readOnlyReason(task));
    dialog.offerUndo(m_session()->undoStack());
    dialog.setOwners(ownersOf(task));
    connect(&dialog, &AttachmentsDialog::attachRequested, this,
            [this, &dialog](const QStringList &paths) { attach(dialog.chosenOwner(), paths); });
    connect(&dialog, &AttachmentsDialog::openRequested, this, &AttachmentActions::open);
    connect(&dialog, &AttachmentsDialog::saveRequested, this, &AttachmentActions::saveCopy);
    connect(&dialog, &AttachmentsDialog::removeRequested, this, &AttachmentActions::remove);
    connect(this, &AttachmentActions::changed, &dialog, [this] { reload(); });
    reload();
    dialog.exec();
    m_task.reset();
}

QList<AttachmentsDialog::Owner> AttachmentActions::ownersOf(const Task &task)
{
    Repositories &repositories = m_session()->repositories();
    Attachment target;
    target.taskId = task.id;
    QList<AttachmentsDialog::Owner> owners{{tr("the task"), target}};
    const QLocale locale;
    const auto add = [&](const QString &label, std::optional<qint64> Attachment::*owner, qint64 id) {
        Attachment of = target;
        of.*owner = id;
        owners << AttachmentsDialog::Owner{label, of};
    };
    if (const auto notes = repositories.progressNotes.ofTask(task.id)) {
        for (const ProgressNote &note : *notes)
            add(tr("progress note of %1: %2").arg(locale.toString(note.notedOn, QLocale::ShortFormat),
                                                  note.text.simplified().left(60)),
                &Attachment::progressNoteId, note.id);
    }
    if (const auto items = repositories.workItems.ofTask(task.id)) {
        for (const WorkItem &item : *items)
            add(tr("work item: %1").arg(item.title.simplified().left(60)), &Attachment::workItemId, item.id);
    }
    if (const auto decisions = repositories.decisions.ofTask(task.id)) {
        for (const Decision &decision : *decisions)
            add(tr("decision: %1 %2 of %3")
                    .arg(EnumNames::name(decision.kind), decision.number, locale.toString(decision.decidedOn, QLocale::ShortFormat))
                    .simplified(),
                &Attachment::decisionId, decision.id);
    }
    return owners;
}

void AttachmentActions::reload()
{
    if (!m_dialog || !m_task || !m_session())
        return;
    const Result<QList<Attachment>> files = AttachmentService(m_session()->repositories()).ofTask(m_task->id);
    if (!files) {
        ErrorPresenter::show(m_dialog, files.error());
        return;
    }
    m_dialog->setAttachments(*files);
}

QWidget *AttachmentActions::asking() const
{
    return m_dialog ? static_cast<QWidget *>(m_dialog) : m_parent;
}

// Undo steps outlive the dialog they were made in: their messages go to it while it is open,
// to the main window after.
std::function<void(const Error &)> AttachmentActions::errorReporter() const
{
    QPointer<QWidget> dialog = m_dialog.data();
    QPointer<QWidget> window = m_parent;
    return [dialog, window](const Error &error) { ErrorPresenter::show(dialog ? dialog.data() : window.data(), error); };
}

// Each file is stored first, then becomes an undo step of its own whose first redo has nothing
// left to do: storing it lets events through (its progress), and an undo pressed meanwhile then
// takes back the step before, not one half made. Undo removes the file, a later redo keeps it
// again. Files dropped while others are being stored are not taken: the drop would store them
// in the middle of another's progress.
void AttachmentActions::attach(const Attachment &target, QStringList paths)
{
    DatabaseSession *session = m_session();
    if (!session || m_attaching)
        return;
    if (paths.isEmpty()) {
        const QString chosen = FileChooser::open(asking(), FileChooser::Kind::Evidence, tr("Attach a file"),
                                                 tr("Scans, photos and documents (*.pdf *.jpg *.jpeg *.png *.tif "
                                                    "*.tiff *.doc *.docx *.xls *.xlsx *.odt *.ods);;All files (*)"));
        if (chosen.isEmpty())
            return;
        paths << chosen;
    }
    const QScopedValueRollback attaching(m_attaching, true);
    const User user = session->user();
    Repositories &repositories = session->repositories();
    for (const QString &path : std::as_const(paths)) {
        const QString name = QFileInfo(path).fileName();
        const Result<qint64> added = AttachmentService(repositories)
                                         .attach(user, target, path,
                                                 FileProgress::shownOver(asking(), tr("Attaching %1...").arg(name)));
        if (!added) {
            // Cancel stops the file being stored and those dropped with it that were still to come.
            if (added.error().kind() == Error::Kind::Cancelled)
                break;
            ErrorPresenter::show(asking(), added.error());
            continue;
        }
        const qint64 id = *added;
        auto stored = std::make_shared<bool>(true);
        auto record = [&repositories, user, id, stored] {
            return std::exchange(*stored, false) ? Status() : AttachmentService(repositories).keep(user, id);
        };
        auto takeBack = [&repositories, user, id] { return AttachmentService(repositories).remove(user, id); };
        CommandFeedback feedback;
        feedback.failed = errorReporter();
        feedback.changed = [this] { Q_EMIT changed(); };
        session->undoStack().push(new ProgressEntryCommand(tr("attach “%1”").arg(name), record, takeBack, feedback));
    }
}

void AttachmentActions::remove(const Attachment &attachment)
{
    DatabaseSession *session = m_session();
    if (!session)
        return;
    const User user = session->user();
    Repositories &repositories = session->repositories();
    const qint64 id = attachment.id;
    CommandFeedback feedback;
    feedback.failed = errorReporter();
    feedback.changed = [this] { Q_EMIT changed(); };
    session->undoStack().push(new ProgressEntryCommand(
        tr("remove “%1”").arg(attachment.fileName),
        [&repositories, user, id] { return AttachmentService(repositories).remove(user, id); },
        [&repositories, user, id] { return AttachmentService(repositories).keep(user, id); }, feedback));
}

void AttachmentActions::chooseSizeLimit()
{
    DatabaseSession *session = m_session();
    if (!session)
        return;
    AttachmentService service(session->repositories());
    const Result<int> current = service.sizeLimitMegabytes();
    if (!current) {
        ErrorPresenter::show(m_parent, current.error());
        return;
    }
    bool chosen = false;
    const int megabytes = QInputDialog::getInt(m_parent, tr("Attached file size limit"),
                                               tr("The largest file one may attach, in MB (1 to %1):")
                                                   .arg(CommitteeSettings::LargestAttachmentLimitMegabytes),
                                               *current, 1, CommitteeSettings::LargestAttachmentLimitMegabytes, 1,
                                               &chosen);
    if (!chosen || megabytes == *current)
        return;
    if (const Status set = service.setSizeLimitMegabytes(session->user(), megabytes); !set)
        ErrorPresenter::show(m_parent, set.error());
}

void AttachmentActions::saveCopy(const Attachment &attachment)
{
    DatabaseSession *session = m_session();
    if (!session)
        return;
    const QString target = FileChooser::save(asking(), FileChooser::Kind::Evidence, tr("Save a copy of the file"),
                                             attachment.nameForCopy(), tr("All files (*)"));
    if (target.isEmpty())
        return;
    const Status saved =
        AttachmentReader(session->repositories())
            .extract(attachment.id, target, FileProgress::shownOver(asking(), tr("Saving %1...").arg(attachment.fileName)));
    if (!saved)
        ErrorPresenter::show(asking(), saved.error());
}

void AttachmentActions::open(const Attachment &attachment)
{
    DatabaseSession *session = m_session();
    if (!session)
        return;
    const Result<QString> copy =
        ViewableCopy::of(session->repositories(), attachment,
                         FileProgress::shownOver(asking(), tr("Opening %1...").arg(attachment.fileName)));
    if (!copy) {
        ErrorPresenter::show(asking(), copy.error());
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(*copy)))
        ErrorPresenter::show(asking(), Error(Error::Kind::File, tr("No program on this computer opens %1. Save a copy "
                                                                   "and open it where it can be read.")
                                                                    .arg(attachment.fileName)));
}

} // namespace dotpha
