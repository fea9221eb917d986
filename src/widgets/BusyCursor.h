#pragma once

#include <QCursor>
#include <QGuiApplication>

namespace dotpha {

// Shows the wait cursor for as long as it lives, around work that takes a noticeable time.
class BusyCursor
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(QCursor(Qt::WaitCursor)); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace dotpha
