#include "DiscardGuard.h"

#include "Prompts.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace dotpha {

void DiscardGuard::remember(const QWidget &dialog)
{
    m_shown = typedIn(dialog);
}

bool DiscardGuard::allowsClosing(QWidget &dialog) const
{
    if (!remembered() || typedIn(dialog) == m_shown)
        return true;
    return Prompts::confirmDiscard(&dialog, dialog.windowTitle(), tr("Discard the changes typed in this window?"));
}

// Every input's value, each under its object's name, in the order they are found (always the same
// for one dialog). The line edits inside combo and spin boxes (dates too) are read through their
// owners.
QStringList DiscardGuard::typedIn(const QWidget &dialog)
{
    QStringList values;
    const auto add = [&](const QObject *input, const QString &value) { values << input->objectName() + u'=' + value; };
    for (const QObject *child : dialog.findChildren<QObject *>()) {
        if (const auto *line = qobject_cast<const QLineEdit *>(child); line && !line->parentWidget()->inherits("QComboBox")
                                                                        && !line->parentWidget()->inherits("QAbstractSpinBox"))
            add(line, line->text());
        else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(child))
            add(plain, plain->toPlainText());
        else if (const auto *rich = qobject_cast<const QTextEdit *>(child); rich && !rich->isReadOnly())
            add(rich, rich->toPlainText());
        else if (const auto *combo = qobject_cast<const QComboBox *>(child))
            add(combo, QString::number(combo->currentIndex()) + u'|' + combo->currentText());
        else if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(child))
            add(spin, spin->text());
        else if (const auto *button = qobject_cast<const QAbstractButton *>(child); button && button->isCheckable())
            add(button, QString::number(button->isChecked()));
    }
    return values;
}

} // namespace dotpha
