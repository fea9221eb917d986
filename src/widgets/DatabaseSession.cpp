#include "DatabaseSession.h"

#include "AuditRepository.h"
#include "ChangeFeed.h"
#include "ChangeWatcher.h"
#include "ConnectionMonitor.h"
#include "NavigatorModel.h"
#include "Services.h"
#include "TaskTableModel.h"

#include <QUndoStack>

namespace dotpha {

DatabaseSession::DatabaseSession(std::unique_ptr<Workspace> workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_services(std::make_unique<Services>(m_workspace->repositories()))
    , m_watcher(m_workspace->watchChanges())
    , m_changes(new ChangeFeed(m_workspace->repositories(), this))
    , m_connection(new ConnectionMonitor(m_workspace->repositories(), *m_changes, this))
    , m_taskModel(new TaskTableModel(m_workspace->repositories().tasks, m_workspace->repositories().fields, *m_changes,
                                     this))
    , m_navigatorModel(new NavigatorModel(m_workspace->repositories().units, m_workspace->repositories().tasks,
                                          *m_changes, this))
    , m_undoStack(new QUndoStack(this))
{
    // Without the trail's newest record the views would not follow: they still show what they
    // read, and every window refreshes what it shows when it opens.
    if (const Status following = m_changes->start(m_watcher.get()); !following)
        qWarning("Dotpha: changes are not followed: %s", qPrintable(following.error().message()));
    if (m_watcher)
        m_connection->watch(*m_watcher);
    connect(m_taskModel, &TaskTableModel::loadFailed, m_connection, &ConnectionMonitor::notice);
    connect(m_navigatorModel, &NavigatorModel::loadFailed, m_connection, &ConnectionMonitor::notice);
}

TaskService &DatabaseSession::tasks() { return m_services->tasks(); }
ReviewService &DatabaseSession::review() { return m_services->review(); }
ProgressService &DatabaseSession::progress() { return m_services->progress(); }
YearClosingService &DatabaseSession::yearClosing() { return m_services->yearClosing(); }
AccountService &DatabaseSession::accounts() { return m_services->accounts(); }
ReferenceDataService &DatabaseSession::referenceData() { return m_services->referenceData(); }

Status DatabaseSession::signIn(const User &user)
{
    if (!m_workspace->isReadOnly()) {
        if (const Status named = repositories().audit.setActor(user.id > 0 ? std::optional<qint64>(user.id) : std::nullopt,
                                                               user.displayName);
            !named)
            return named;
    }
    m_user = user;
    m_services->setActor(user);
    return {};
}

// The undo commands and models refer to the workspace: they go before it does.
DatabaseSession::~DatabaseSession()
{
    delete m_undoStack;
    delete m_navigatorModel;
    delete m_taskModel;
    delete m_changes;
    m_watcher.reset();
    m_services.reset();
}

void DatabaseSession::followFailure(const Error &failure, const QList<qint64> &tasks)
{
    m_connection->notice(failure);
    const Error::Kind kind = failure.kind();
    if (tasks.isEmpty() || (kind != Error::Kind::Refused && kind != Error::Kind::Conflict && kind != Error::Kind::NotFound))
        return;
    m_changes->readAgain(ChangeSet::ofTasks(QSet<qint64>(tasks.cbegin(), tasks.cend())));
}

} // namespace dotpha
