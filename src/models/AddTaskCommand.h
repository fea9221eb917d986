#pragma once

#include "CommandFeedback.h"
#include "Task.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace dotpha {

class TaskService;

// Registers a task; undo moves it to the recycle bin, redo brings the same task back.
// A command whose step fails reports it and makes itself obsolete, so the stack drops it.
class AddTaskCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddTaskCommand)

public:
    AddTaskCommand(TaskService &service, Task task, CommandFeedback feedback);
    void redo() override;
    void undo() override;
    qint64 taskId() const { return m_task.id; }

private:
    TaskService &m_service;
    Task m_task;
    CommandFeedback m_feedback;
};

} // namespace dotpha
