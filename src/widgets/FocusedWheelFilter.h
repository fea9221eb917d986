#pragma once

#include <QObject>

class QWidget;

namespace dotpha {

// Keeps the mouse wheel from changing a combo box, or any input, that the user has not focused:
// scrolling a table of combo boxes scrolls the table instead of changing the choices under the
// pointer. Watched widgets get Qt::StrongFocus (a click or Tab focuses them, the wheel does not).
class FocusedWheelFilter : public QObject
{
public:
    explicit FocusedWheelFilter(QObject *parent) : QObject(parent) {}

    void watch(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace dotpha
