#pragma once

#include <QDate>
#include <QString>

namespace dotpha {

// One work item (đầu điểm công việc) of a task: a leader may track thirty of them.
struct WorkItem
{
    qint64 id = 0;
    qint64 taskId = 0;
    int position = 0;   // order within the task
    QString title;
    QDate dueOn;
    QDate doneOn;       // null while not done
    int version = 0;

    bool isDone() const { return doneOn.isValid(); }
};

} // namespace dotpha
