#pragma once

#include "DecisionDialog.h"
#include "Task.h"
#include "WorkflowPolicy.h"

#include <QHash>
#include <QMenu>

#include <functional>
#include <optional>

namespace dotpha {

class DatabaseSession;

// The Review menu: submitting a registration, the reviewers' decisions on it (approve, return,
// reject, adjust, supplement, assign, rate) and the administrator's closing of the year and late
// amendments. Each action shows only to a role that may take it, is enabled only where the
// selected task's state allows it, and asks for the decision's date, number and reason.
class ReviewMenu : public QMenu
{
    Q_OBJECT

public:
    struct Context
    {
        std::function<DatabaseSession *()> session;
        std::function<int()> year;
        std::function<std::optional<Task>()> currentTask;
        // The tasks of the selected rows, for decisions on several registrations at once.
        std::function<QList<Task>()> selectedTasks;
        // Opens the task editor on task; false when cancelled.
        std::function<bool(Task &task)> editTask;
        // Whether the year shown is closed, as the window read it when the year changed (not a
        // query for every row the selection moves to).
        std::function<bool()> yearClosed;
    };

    ReviewMenu(Context context, QWidget *parent);

    void submit();
    void decide(DecisionDialog::Purpose purpose);
    void adjust();
    void addApproved(DecisionDialog::Purpose purpose);
    void rate();
    void amendLate();
    void setScoreThresholds();
    void closeYear();
    void updateActions();
    QAction *actionFor(WorkflowPolicy::Action action) const { return m_actions.key(action); }

Q_SIGNALS:
    // A change was saved: the views show it.
    void changed(const QString &message);

private:
    using Action = WorkflowPolicy::Action;
    using SaveEdited = std::function<Result<int>(ReviewService &, const User &, const Task &, const ReviewService::Details &)>;
    void editAndDecide(DecisionDialog::Purpose purpose, const SaveEdited &save, const QString &done);
    QList<Task> pendingSelection() const;
    QString refusal(Action action, const std::optional<Task> &task, bool yearClosed) const;
    Result<int> decideOne(DecisionDialog::Purpose purpose, const Task &task, const ReviewService::Details &details);
    QString issuerSymbol() const;
    QAction *addReviewAction(Action action, const QString &text, const std::function<void()> &run);
    bool report(const Status &outcome, const QString &done, const QList<qint64> &tasks = {});
    void readAgainIfStale(const Error &refusal, const QList<qint64> &tasks);
    Status keptIfFailed(const Status &outcome, const Task &edited, int basedOnVersion);

    Context m_context;
    QHash<QAction *, Action> m_actions;
};

} // namespace dotpha
