#include "FocusedWheelFilter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace dotpha {

void FocusedWheelFilter::watch(QWidget *widget)
{
    widget->setFocusPolicy(Qt::StrongFocus);
    widget->installEventFilter(this);
}

bool FocusedWheelFilter::eventFilter(QObject *watched, QEvent *event)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    if (event->type() != QEvent::Wheel || !widget || widget->hasFocus())
        return false;
    // Handed to what holds the widget (a table's viewport), which scrolls.
    if (QWidget *holder = widget->parentWidget())
        QCoreApplication::sendEvent(holder, event);
    return true;
}

} // namespace dotpha
