#include "RemoveTaskCommand.h"

#include "TaskService.h"

namespace dotpha {

RemoveTaskCommand::RemoveTaskCommand(TaskService &service, Task task, CommandFeedback feedback)
    : m_service(service)
    , m_task(std::move(task))
    , m_feedback(std::move(feedback))
{
    setText(tr("delete task \u201c%1\u201d").arg(m_task.title.left(60)));
}

void RemoveTaskCommand::redo()
{
    if (const Status removed = m_service.remove(m_task.id, m_task.version); !removed) {
        m_feedback.reportFailure(removed.error());
        setObsolete(true);
        return;
    }
    ++m_task.version;
    m_feedback.reportChange();
}

void RemoveTaskCommand::undo()
{
    const Result<int> version = m_service.restore(m_task.id, m_task.version);
    if (!version) {
        m_feedback.reportFailure(version.error());
        setObsolete(true);
        return;
    }
    m_task.version = *version;
    m_feedback.reportChange();
}

} // namespace dotpha
