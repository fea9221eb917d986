#pragma once

#include "Task.h"

#include <QList>
#include <QObject>

#include <optional>

class QTabWidget;
class QTextBrowser;

namespace dotpha {

struct Repositories;

// The detail panel's tabs for the selected task (TaskDetailsFormatter). Only the tab in view is
// written, and again only when the task shown or its record changes: another tab is written when
// it is chosen. A search re-selects the first row at each keystroke, most often the same task.
class TaskDetailsTabs : public QObject
{
    Q_OBJECT

public:
    // browsers are the tabs' pages in tab order: registration, decisions, progress, evaluation,
    // history.
    TaskDetailsTabs(QTabWidget *tabs, QList<QTextBrowser *> browsers, QObject *parent = nullptr);

    // Shows task from repositories (nullptr or no task: empty pages); the same version of the
    // task already shown is left as it is.
    void show(Repositories *repositories, const std::optional<Task> &task);
    // As show, writing the pages afresh: something recorded about the task changed.
    void refresh(Repositories *repositories, const std::optional<Task> &task);

private:
    void writeTabInView();
    QString pageOf(int tab) const;

    QTabWidget *m_tabs;
    QList<QTextBrowser *> m_browsers;
    Repositories *m_repositories = nullptr;
    std::optional<Task> m_task;
    QList<bool> m_written;   // per tab, for m_task
};

} // namespace dotpha
