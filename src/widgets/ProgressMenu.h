#pragma once

#include "AttachmentActions.h"
#include "ProgressEntryCommand.h"
#include "ProgressEntryDialog.h"
#include "Result.h"
#include "Task.h"

#include <QMenu>

#include <functional>
#include <optional>

namespace dotpha {

class DatabaseSession;

// The Progress menu: on the selected approved task, log a progress note (its percent becomes the
// task's progress), add a work item or mark one done, add an indicator or record its value; on
// any task, its evidence files (AttachmentActions).
// Shown to the roles that log progress. Each entry is an undo command.
class ProgressMenu : public QMenu
{
    Q_OBJECT

public:
    struct Context
    {
        std::function<DatabaseSession *()> session;
        std::function<std::optional<Task>()> currentTask;
    };

    ProgressMenu(Context context, QWidget *parent);

    void addEntry(ProgressEntryDialog::Kind kind);
    void markWorkItemDone();
    void showAttachments();
    // Files dropped on the progress page: attached to the selected task.
    void attachDropped(const QStringList &paths);
    void updateActions();

Q_SIGNALS:
    void changed(const QString &message);

private:
    static QString closedYearRefusal(DatabaseSession &session, int year);
    // Each returns how the entry's first save went, for the dialog it was typed in.
    Status push(const QString &text, ProgressEntryCommand::Step record, ProgressEntryCommand::Step takeBack);
    Status pushNote(const ProgressNote &note, int previousPercent);
    Status pushWorkItem(const WorkItem &item);
    Status pushIndicator(const Indicator &indicator);
    Status pushValue(qint64 taskId, const IndicatorValue &value);
    Status pushEntry(const ProgressEntryDialog &dialog, const Task &task);

    Context m_context;
    AttachmentActions *m_attachments = nullptr;
    QAction *m_attachmentsAction = nullptr;
    QAction *m_addWorkItemAction = nullptr;
    QAction *m_sizeLimitAction = nullptr;
};

} // namespace dotpha
