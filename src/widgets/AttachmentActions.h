#pragma once

#include "Attachment.h"
#include "AttachmentProgress.h"
#include "AttachmentsDialog.h"
#include "Error.h"
#include "Task.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWidget;

namespace dotpha {

class DatabaseSession;

// What the window does with evidence files: shows a task's in AttachmentsDialog, attaches the
// files chosen or dropped (with progress and Cancel), opens one (a read-only copy in the
// temporary folder, ViewableCopy, through the desktop's viewer), saves a copy, removes one. Attaching and
// removing are undo steps through AttachmentService: undoing an attachment removes it (the record
// stays), redoing keeps it again.
class AttachmentActions : public QObject
{
    Q_OBJECT

public:
    AttachmentActions(std::function<DatabaseSession *()> session, QWidget *parent);

    void showFiles(const Task &task);
    // target names the task and what of it the files go to; no paths: one is asked for.
    void attach(const Attachment &target, QStringList paths);
    void open(const Attachment &attachment);
    void saveCopy(const Attachment &attachment);
    void remove(const Attachment &attachment);
    // An administrator's: the largest file one may attach, asked in megabytes.
    void chooseSizeLimit();

Q_SIGNALS:
    void changed();

private:
    QString readOnlyReason(const Task &task);
    // The task and its notes, work items and decisions, in the interface's words.
    QList<AttachmentsDialog::Owner> ownersOf(const Task &task);
    void reload();
    // The window questions and messages go to: the files dialog while it is open.
    QWidget *asking() const;
    std::function<void(const dotpha::Error &)> errorReporter() const;

    std::function<DatabaseSession *()> m_session;
    QWidget *m_parent;
    QPointer<AttachmentsDialog> m_dialog;
    std::optional<Task> m_task;
    bool m_attaching = false;
};

} // namespace dotpha
