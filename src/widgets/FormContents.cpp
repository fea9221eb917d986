#include "FormContents.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace dotpha {

bool FormContents::isInput(const QWidget &widget)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(&widget))
        return !line->parentWidget()->inherits("QComboBox") && !line->parentWidget()->inherits("QAbstractSpinBox");
    if (const auto *rich = qobject_cast<const QTextEdit *>(&widget))
        return !rich->isReadOnly();
    if (const auto *button = qobject_cast<const QAbstractButton *>(&widget))
        return button->isCheckable();
    return qobject_cast<const QPlainTextEdit *>(&widget) || qobject_cast<const QComboBox *>(&widget)
        || qobject_cast<const QAbstractSpinBox *>(&widget);
}

QVariant FormContents::valueOf(const QWidget &input)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(&input))
        return line->text();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(&input))
        return plain->toPlainText();
    if (const auto *rich = qobject_cast<const QTextEdit *>(&input))
        return rich->toPlainText();
    if (const auto *combo = qobject_cast<const QComboBox *>(&input))
        return QVariantList{combo->currentIndex(), combo->currentText()};
    if (const auto *date = qobject_cast<const QDateTimeEdit *>(&input))
        return date->dateTime();
    if (const auto *spin = qobject_cast<const QSpinBox *>(&input))
        return spin->value();
    if (const auto *spin = qobject_cast<const QDoubleSpinBox *>(&input))
        return spin->value();
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(&input))
        return spin->text();
    if (const auto *button = qobject_cast<const QAbstractButton *>(&input))
        return button->isChecked();
    return {};
}

// A combo box is chosen again by its text where it still lists it (its list may have changed
// since), else by its place; an editable one takes the text as typed.
void FormContents::setValue(QWidget &input, const QVariant &value)
{
    if (auto *line = qobject_cast<QLineEdit *>(&input)) {
        line->setText(value.toString());
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(&input)) {
        plain->setPlainText(value.toString());
    } else if (auto *rich = qobject_cast<QTextEdit *>(&input)) {
        rich->setPlainText(value.toString());
    } else if (auto *combo = qobject_cast<QComboBox *>(&input)) {
        const QVariantList choice = value.toList();
        if (choice.size() != 2)
            return;
        const QString text = choice.at(1).toString();
        const int listed = combo->findText(text);
        if (listed >= 0)
            combo->setCurrentIndex(listed);
        else if (combo->isEditable())
            combo->setEditText(text);
        else if (choice.at(0).toInt() < combo->count())
            combo->setCurrentIndex(choice.at(0).toInt());
    } else if (auto *date = qobject_cast<QDateTimeEdit *>(&input)) {
        date->setDateTime(value.toDateTime());
    } else if (auto *spin = qobject_cast<QSpinBox *>(&input)) {
        spin->setValue(value.toInt());
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(&input)) {
        spin->setValue(value.toDouble());
    } else if (auto *button = qobject_cast<QAbstractButton *>(&input)) {
        if (value.toBool())
            button->setChecked(true);   // an exclusive group's other buttons follow
        else if (!button->autoExclusive())
            button->setChecked(false);
    }
}

QVariantMap FormContents::capture(const QWidget &form)
{
    QVariantMap contents;
    int place = 0;
    for (const QWidget *child : form.findChildren<QWidget *>()) {
        if (!isInput(*child))
            continue;
        ++place;
        contents.insert(child->objectName().isEmpty() ? u"#%1"_s.arg(place) : child->objectName(), valueOf(*child));
    }
    return contents;
}

void FormContents::restore(QWidget &form, const QVariantMap &contents)
{
    for (int pass = 0; pass < 2; ++pass) {
        int place = 0;
        for (QWidget *child : form.findChildren<QWidget *>()) {
            if (!isInput(*child))
                continue;
            ++place;
            const QString key = child->objectName().isEmpty() ? u"#%1"_s.arg(place) : child->objectName();
            if (contents.contains(key) && child->isEnabled())
                setValue(*child, contents.value(key));
        }
    }
}

} // namespace dotpha
