#include "ProgressEntryCommand.h"

namespace dotpha {

ProgressEntryCommand::ProgressEntryCommand(const QString &text, Step record, Step takeBack, CommandFeedback feedback)
    : m_record(std::move(record))
    , m_takeBack(std::move(takeBack))
    , m_feedback(std::move(feedback))
{
    setText(text);
}

void ProgressEntryCommand::run(const Step &step)
{
    if (const Status done = step(); !done) {
        m_feedback.reportFailure(done.error());
        setObsolete(true);
        return;
    }
    m_feedback.reportChange();
}

void ProgressEntryCommand::redo()
{
    run(m_record);
}

void ProgressEntryCommand::undo()
{
    run(m_takeBack);
}

} // namespace dotpha
