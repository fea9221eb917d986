#pragma once

#include "Workspace.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace dotpha {

class NavigatorModel;
class TaskService;
class TaskTableModel;

// Everything the main window holds for one open database: the workspace, the task service, the
// models over it and its undo history. Opening another file replaces the whole session, so that
// nothing of the old file (an undo command, a cached row) can reach the new one.
class DatabaseSession : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseSession(std::unique_ptr<Workspace> workspace, QObject *parent = nullptr);
    ~DatabaseSession() override;

    Workspace &workspace() { return *m_workspace; }
    Repositories &repositories() { return m_workspace->repositories(); }
    TaskService &tasks() { return *m_taskService; }
    TaskTableModel &taskModel() { return *m_taskModel; }
    NavigatorModel &navigatorModel() { return *m_navigatorModel; }
    QUndoStack &undoStack() { return *m_undoStack; }

private:
    std::unique_ptr<Workspace> m_workspace;
    TaskService *m_taskService;
    TaskTableModel *m_taskModel;
    NavigatorModel *m_navigatorModel;
    QUndoStack *m_undoStack;
};

} // namespace dotpha
