#include "EditTaskCommand.h"

#include "TaskService.h"

namespace dotpha {

EditTaskCommand::EditTaskCommand(TaskService &service, Task before, Task after, CommandFeedback feedback)
    : m_service(service)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_version(m_before.version)
    , m_feedback(std::move(feedback))
{
    setText(tr("edit task \u201c%1\u201d").arg(m_after.title.left(60)));
}

void EditTaskCommand::save(Task fields)
{
    fields.version = m_version;
    const Result<int> version = m_service.update(fields);
    if (!version) {
        m_feedback.reportFailure(version.error());
        setObsolete(true);
        return;
    }
    m_version = *version;
    m_feedback.reportChange();
}

void EditTaskCommand::redo()
{
    save(m_after);
}

void EditTaskCommand::undo()
{
    save(m_before);
}

} // namespace dotpha
