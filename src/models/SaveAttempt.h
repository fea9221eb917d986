#pragma once

#include "CommandFeedback.h"
#include "Result.h"

#include <memory>
#include <optional>

class QUndoCommand;
class QUndoStack;

namespace dotpha {

// Pushes an undo command for a form that saves from inside itself: the failure of the command's
// first redo is returned to the form, which stays open with what was typed and says why, instead
// of being shown after the form has closed. Failures of the later undos and redos go to later.
class SaveAttempt
{
public:
    explicit SaveAttempt(CommandFeedback later);

    // The feedback to build the command with.
    CommandFeedback feedback() const;
    // Pushes command (which QUndoStack deletes when its redo failed) and returns how its redo went.
    Status push(QUndoStack &stack, QUndoCommand *command);

private:
    struct State
    {
        CommandFeedback later;
        bool pushing = false;
        std::optional<Error> failure;
    };
    std::shared_ptr<State> m_state;   // shared with the feedback, which the command outlives us with
};

} // namespace dotpha
