#pragma once

#include "ProgressEntryDialog.h"
#include "Result.h"
#include "Task.h"

#include <QMenu>

#include <functional>
#include <optional>

namespace dotpha {

class DatabaseSession;

// The Progress menu: on the selected approved task, log a progress note (its percent becomes the
// task's progress), add a work item or mark one done, add an indicator or record its value.
// Shown to the roles that log progress.
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
    void updateActions();

Q_SIGNALS:
    void changed(const QString &message);

private:
    bool report(const Status &outcome, const QString &done);

    Context m_context;
};

} // namespace dotpha
