#pragma once

#include "CommandFeedback.h"
#include "Result.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace dotpha {

// A progress entry on the undo stack (a note, a work item, its completion, an indicator or a
// value): redo records it through ProgressService, undo takes it back through the same service,
// so both pass the same role, state and year checks. A step that fails is reported and the
// command drops out of the stack.
class ProgressEntryCommand : public QUndoCommand
{
public:
    using Step = std::function<Status()>;

    ProgressEntryCommand(const QString &text, Step record, Step takeBack, CommandFeedback feedback);

    void redo() override;
    void undo() override;

private:
    void run(const Step &step);

    Step m_record;
    Step m_takeBack;
    CommandFeedback m_feedback;
};

} // namespace dotpha
