#pragma once

#include "CommandFeedback.h"
#include "Task.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace dotpha {

class TaskService;

// Moves a task to the recycle bin; undo restores it with its decisions and progress.
class RemoveTaskCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveTaskCommand)

public:
    RemoveTaskCommand(TaskService &service, Task task, CommandFeedback feedback);
    void redo() override;
    void undo() override;

private:
    TaskService &m_service;
    Task m_task;
    CommandFeedback m_feedback;
};

} // namespace dotpha
