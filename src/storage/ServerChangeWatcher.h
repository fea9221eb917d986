#pragma once

#include "ChangeWatcher.h"

#include <memory>

class QTimer;

namespace dotpha {

class ServerConnection;

// Watches a database on the office server for commits by other connections: every transaction
// that writes to the trail notifies the channel Channel as it commits (server data format 9),
// and this watcher listens on a connection of its own, so that a long statement on the working
// one delays nothing. The listening connection is checked every CheckMs; once it is lost it is
// opened again and listens again, and since what was sent meanwhile is gone, it says that
// something may have changed.
class ServerChangeWatcher final : public ChangeWatcher
{
    Q_OBJECT

public:
    static constexpr const char *Channel = "dotpha_changes";
    static constexpr int CheckMs = 5000;

    explicit ServerChangeWatcher(const ServerConnection &working, QObject *parent = nullptr);
    ~ServerChangeWatcher() override;

private:
    void check();
    bool listen();

    const ServerConnection &m_working;
    std::unique_ptr<ServerConnection> m_listener;
    QTimer *m_timer;
    bool m_listening = false;
};

} // namespace dotpha
