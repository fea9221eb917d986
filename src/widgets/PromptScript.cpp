#include "PromptScript.h"

namespace dotpha {

namespace {

PromptScript *activeScript = nullptr;

} // namespace

PromptScript::PromptScript()
{
    Q_ASSERT(!activeScript);   // one script at a time: which would answer otherwise?
    activeScript = this;
}

PromptScript::~PromptScript()
{
    if (activeScript == this)
        activeScript = nullptr;
}

PromptScript *PromptScript::active()
{
    return activeScript;
}

QString PromptScript::nextFile(const QString &startPath)
{
    m_startPaths << startPath;
    if (m_files.isEmpty()) {
        ++m_unanswered;
        return {};
    }
    return m_files.takeFirst();
}

bool PromptScript::nextAnswer(const QString &question)
{
    m_questions << question;
    if (m_answers.isEmpty()) {
        ++m_unanswered;
        return false;
    }
    return m_answers.takeFirst();
}

} // namespace dotpha
