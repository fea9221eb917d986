#include "DatabaseSession.h"

#include "AccountService.h"
#include "AuditRepository.h"
#include "NavigatorModel.h"
#include "ProgressService.h"
#include "ReviewService.h"
#include "TaskService.h"
#include "YearClosingService.h"
#include "TaskTableModel.h"

#include <QUndoStack>

namespace dotpha {

DatabaseSession::DatabaseSession(std::unique_ptr<Workspace> workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_taskService(new TaskService(m_workspace->repositories(), this))
    , m_reviewService(std::make_unique<ReviewService>(m_workspace->repositories(), *m_taskService))
    , m_progressService(std::make_unique<ProgressService>(m_workspace->repositories(), *m_taskService))
    , m_yearClosingService(std::make_unique<YearClosingService>(m_workspace->repositories(), *m_taskService))
    , m_accountService(std::make_unique<AccountService>(m_workspace->repositories()))
    , m_taskModel(new TaskTableModel(m_workspace->repositories().tasks, m_workspace->repositories().fields,
                                     *m_taskService, this))
    , m_navigatorModel(new NavigatorModel(m_workspace->repositories().units, m_workspace->repositories().tasks,
                                          *m_taskService, this))
    , m_undoStack(new QUndoStack(this))
{
}

Status DatabaseSession::signIn(const User &user)
{
    if (!m_workspace->database().isReadOnly()) {
        if (const Status named = repositories().audit.setActor(user.id > 0 ? std::optional<qint64>(user.id) : std::nullopt,
                                                               user.displayName);
            !named)
            return named;
    }
    m_user = user;
    m_taskService->setActor(user);
    return {};
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
