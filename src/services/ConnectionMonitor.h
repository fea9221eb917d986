#pragma once

#include "Error.h"
#include "Repositories.h"

#include <QObject>

class QTimer;

namespace dotpha {

class ChangeFeed;
class ChangeWatcher;

// Whether the office server answers, as the window is to show it. Offline when the watcher says
// its connection is lost, or a read or a save meets a lost connection (notice()); online again
// once the working connection answers, which is tried when the watcher listens again, when a save
// of this session commits, or, when only a read saw the loss, every ProbeMs. Back online, everything shown is read again
// (ChangeFeed::readEverythingAgain): what colleagues saved meanwhile went unannounced. A file's
// session is never offline.
class ConnectionMonitor : public QObject
{
    Q_OBJECT

public:
    static constexpr int ProbeMs = 10000;

    ConnectionMonitor(Repositories &repositories, ChangeFeed &feed, QObject *parent = nullptr);

    void watch(ChangeWatcher &watcher);
    bool isOnline() const { return m_online; }
    // An error met by a read or a save: one of a lost connection takes the session offline.
    void notice(const Error &error);

Q_SIGNALS:
    void wentOffline(const QString &why);
    void cameBack();

private:
    void goOffline(const QString &why);
    void probe();

    Repositories &m_repositories;
    ChangeFeed &m_feed;
    QTimer *m_probe;
    bool m_online = true;
    bool m_watcherLost = false;   // the watcher said so: its return is what to wait for
};

} // namespace dotpha
