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
    // The connection the watcher listens on was lost and could not be opened again (the server
    // stopped, the network went), with why in the user's words; told once, until connectionBack().
    // A file's watcher never says it.
    void connectionLost(const QString &why);
    // Listening again after connectionLost(): changedElsewhere() follows, since what was sent
    // meanwhile is gone.
    void connectionBack();
};

} // namespace dotpha
