#pragma once

#include <QObject>

namespace dotpha {

// Says that another connection (another window, another PC) has committed a change to the
// database: a file's data version moved, or the server sent its notification. What changed is
// read from the audit trail (ChangeFeed), so a watcher that says so once too often costs a query.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void changedElsewhere();
};

} // namespace dotpha
