#include "TaskDetailsTabs.h"

#include "TaskDetailsFormatter.h"

#include <QTabWidget>
#include <QTextBrowser>

namespace dotpha {

TaskDetailsTabs::TaskDetailsTabs(QTabWidget *tabs, QList<QTextBrowser *> browsers, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_browsers(std::move(browsers))
    , m_written(m_browsers.size(), false)
{
    connect(m_tabs, &QTabWidget::currentChanged, this, &TaskDetailsTabs::writeTabInView);
}

void TaskDetailsTabs::show(Repositories *repositories, const std::optional<Task> &task)
{
    const bool same = repositories == m_repositories && task.has_value() == m_task.has_value()
                      && (!task || (task->id == m_task->id && task->version == m_task->version));
    if (same)
        return;
    refresh(repositories, task);
}

void TaskDetailsTabs::refresh(Repositories *repositories, const std::optional<Task> &task)
{
    m_repositories = repositories;
    m_task = repositories ? task : std::nullopt;
    m_written.fill(false);
    if (!m_task) {
        for (QTextBrowser *browser : std::as_const(m_browsers))
            browser->clear();
        m_written.fill(true);
        return;
    }
    writeTabInView();
}

void TaskDetailsTabs::writeTabInView()
{
    const int tab = m_tabs->currentIndex();
    if (!m_task || tab < 0 || tab >= m_browsers.size() || m_written.at(tab))
        return;
    m_browsers.at(tab)->setHtml(pageOf(tab));
    m_written[tab] = true;
}

QString TaskDetailsTabs::pageOf(int tab) const
{
    const TaskDetailsFormatter formatter(*m_repositories);
    switch (tab) {
    case 0: return formatter.registration(*m_task);
    case 1: return formatter.decisions(*m_task);
    case 2: return formatter.progress(*m_task);
    case 3: return formatter.evaluation(*m_task);
    default: return formatter.history(*m_task);
    }
}

} // namespace dotpha
