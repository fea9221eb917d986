#include "DatabaseSession.h"

#include "NavigatorModel.h"
#include "TaskService.h"
#include "TaskTableModel.h"

#include <QUndoStack>

namespace dotpha {

DatabaseSession::DatabaseSession(std::unique_ptr<Workspace> workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_taskService(new TaskService(m_workspace->repositories(), this))
    , m_taskModel(new TaskTableModel(m_workspace->repositories().tasks, m_workspace->repositories().fields,
                                     *m_taskService, this))
    , m_navigatorModel(new NavigatorModel(m_workspace->repositories().units, m_workspace->repositories().tasks,
                                          *m_taskService, this))
    , m_undoStack(new QUndoStack(this))
{
}

// The undo commands and models refer to the workspace: they go before it does.
DatabaseSession::~DatabaseSession()
{
    delete m_undoStack;
    delete m_navigatorModel;
    delete m_taskModel;
    delete m_taskService;
}

} // namespace dotpha
