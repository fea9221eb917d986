#pragma once

#include "Decision.h"
#include "Repositories.h"
#include "Task.h"

#include <QCoreApplication>

namespace dotpha {

// The detail panel's pages for one task, as HTML: the registration, the decision history, the
// progress (notes, work items, indicators) and the evaluation, and the history of its changes.
class TaskDetailsFormatter
{
    Q_DECLARE_TR_FUNCTIONS(TaskDetailsFormatter)

public:
    explicit TaskDetailsFormatter(Repositories &repositories) : m_repositories(repositories) {}

    QString registration(const Task &task) const;
    QString decisions(const Task &task) const;
    QString progress(const Task &task) const;
    QString attachments(const Task &task) const;
    QString evaluation(const Task &task) const;
    // The task's audit trail, newest first.
    QString history(const Task &task) const;

private:
    QString comparison(const QList<Decision> &decisions, const Task &task) const;
    QString continued(const Task &task) const;

    Repositories &m_repositories;
};

} // namespace dotpha
