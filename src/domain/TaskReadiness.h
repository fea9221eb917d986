#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace dotpha {

struct Task;

// Reviewers accept a registration only when it is "rõ việc, rõ người, rõ tiến độ": clear task, clear
// person, clear schedule. A task may be submitted for review only when nothing here is missing.
class TaskReadiness
{
    Q_DECLARE_TR_FUNCTIONS(TaskReadiness)

public:
    // What is missing, one sentence each, in the user's language; empty when ready.
    static QStringList missing(const Task &task);
    static bool isReady(const Task &task) { return missing(task).isEmpty(); }
};

} // namespace dotpha
