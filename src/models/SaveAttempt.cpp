#include "SaveAttempt.h"

#include <QUndoStack>

namespace dotpha {

SaveAttempt::SaveAttempt(CommandFeedback later)
    : m_state(std::make_shared<State>())
{
    m_state->later = std::move(later);
}

CommandFeedback SaveAttempt::feedback() const
{
    CommandFeedback feedback;
    feedback.failed = [state = m_state](const Error &error) {
        if (state->pushing)
            state->failure = error;
        else
            state->later.reportFailure(error);
    };
    feedback.changed = [state = m_state] { state->later.reportChange(); };
    return feedback;
}

Status SaveAttempt::push(QUndoStack &stack, QUndoCommand *command)
{
    m_state->failure.reset();
    m_state->pushing = true;
    stack.push(command);
    m_state->pushing = false;
    if (m_state->failure)
        return *m_state->failure;
    return {};
}

} // namespace dotpha
