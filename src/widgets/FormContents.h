#pragma once

#include <QVariantMap>

class QWidget;

namespace dotpha {

// What a form's inputs hold (texts, numbers, dates, choices, ticks), each under its object's name
// (an unnamed one under its place among the inputs), to compare (DiscardGuard) and to put back
// (a draft kept when a save failed). The line edits inside combo and spin boxes (dates too) are
// read through their owners; a read-only text is not an input.
class FormContents
{
public:
    static QVariantMap capture(const QWidget &form);
    // Puts back what capture() took. An input's value can change another's range or value (a year
    // moves a deadline), so every value is put twice: the second pass has the last word.
    static void restore(QWidget &form, const QVariantMap &contents);

private:
    static QVariant valueOf(const QWidget &input);
    static void setValue(QWidget &input, const QVariant &value);
    static bool isInput(const QWidget &widget);
};

} // namespace dotpha
