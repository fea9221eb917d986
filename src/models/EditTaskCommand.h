#pragma once

#include "CommandFeedback.h"
#include "Task.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace dotpha {

class TaskService;

// Saves a task's new fields; undo saves the old ones back. Both go through the version check, so
// undo never overwrites what someone else saved in between: it reports the conflict instead.
class EditTaskCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditTaskCommand)

public:
    EditTaskCommand(TaskService &service, Task before, Task after, CommandFeedback feedback);
    void redo() override;
    void undo() override;

private:
    void save(Task fields);

    TaskService &m_service;
    Task m_before;
    Task m_after;
    int m_version;
    CommandFeedback m_feedback;
};

} // namespace dotpha
