#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>

class QWidget;

namespace dotpha {

// The one way the interface asks the user a yes-or-no question, tells them something, or asks for
// a file's path. While a PromptScript is alive (in GUI tests) it answers instead of the user, so
// that import, export, backup and restore run end to end without a person at the keyboard.
class Prompts
{
    Q_DECLARE_TR_FUNCTIONS(Prompts)

public:
    // A question whose safe answer, the default, is No.
    static bool confirm(QWidget *parent, const QString &title, const QString &question);
    // Whether to throw away what was typed: Discard or Cancel, the default.
    static bool confirmDiscard(QWidget *parent, const QString &title, const QString &question);
    static void tell(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                     const QString &detail = {});
    // Empty when cancelled. startPath is the folder, or the suggested file in it, the dialog opens on.
    static QString openFile(QWidget *parent, const QString &caption, const QString &startPath, const QString &filter);
    static QString saveFile(QWidget *parent, const QString &caption, const QString &startPath, const QString &filter);
};

} // namespace dotpha
