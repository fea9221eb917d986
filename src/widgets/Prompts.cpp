#include "Prompts.h"

#include "PromptScript.h"

#include <QFileDialog>

namespace dotpha {

bool Prompts::confirm(QWidget *parent, const QString &title, const QString &question)
{
    if (PromptScript *script = PromptScript::active())
        return script->nextAnswer(question);
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
           == QMessageBox::Yes;
}

bool Prompts::confirmDiscard(QWidget *parent, const QString &title, const QString &question)
{
    if (PromptScript *script = PromptScript::active())
        return script->nextAnswer(question);
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Discard;
}

void Prompts::tell(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                   const QString &detail)
{
    if (PromptScript *script = PromptScript::active()) {
        script->record(text);
        return;
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    if (!detail.isEmpty())
        box.setDetailedText(detail);
    box.exec();
}

QString Prompts::openFile(QWidget *parent, const QString &caption, const QString &startPath, const QString &filter)
{
    if (PromptScript *script = PromptScript::active())
        return script->nextFile(startPath);
    return QFileDialog::getOpenFileName(parent, caption, startPath, filter);
}

QString Prompts::saveFile(QWidget *parent, const QString &caption, const QString &startPath, const QString &filter)
{
    if (PromptScript *script = PromptScript::active())
        return script->nextFile(startPath);
    return QFileDialog::getSaveFileName(parent, caption, startPath, filter);
}

} // namespace dotpha
