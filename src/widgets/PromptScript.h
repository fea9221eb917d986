#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dotpha {

// Answers the Prompts in place of the user while it is alive: the file dialogs with the paths
// given (an empty one cancels), the questions with the answers given, and it keeps what was told.
// A prompt with no answer left is answered "cancel" or "no" and counted, so that a test that
// forgot one fails on unanswered() instead of waiting for a click.
class PromptScript
{
public:
    PromptScript();
    ~PromptScript();
    PromptScript(const PromptScript &) = delete;
    PromptScript &operator=(const PromptScript &) = delete;

    static PromptScript *active();

    void answerFile(const QString &path) { m_files << path; }
    void answerQuestion(bool yes) { m_answers << yes; }

    QString nextFile(const QString &startPath);
    bool nextAnswer(const QString &question);
    void record(const QString &text) { m_told << text; }

    // Where each file dialog would have opened, in order.
    const QStringList &startPaths() const { return m_startPaths; }
    const QStringList &questions() const { return m_questions; }
    // Every message told, errors included.
    const QStringList &told() const { return m_told; }
    int unanswered() const { return m_unanswered; }

private:
    QStringList m_files;
    QList<bool> m_answers;
    QStringList m_startPaths;
    QStringList m_questions;
    QStringList m_told;
    int m_unanswered = 0;
};

} // namespace dotpha
