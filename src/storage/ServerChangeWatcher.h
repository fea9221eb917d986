#pragma once

#include "ChangeWatcher.h"

class QThread;

namespace dotpha {

class ServerConnection;
class ServerListener;

// Watches a database on the office server for commits by other connections: every transaction
// that writes to the trail notifies a channel as it commits (server data format 9), and a
// ServerListener on a thread and a connection of its own listens to it, so that neither a long
// statement on the working connection nor a server that does not answer holds anything up. When
// the constructor returns, the first attempt to listen has been made.
class ServerChangeWatcher final : public ChangeWatcher
{
    Q_OBJECT

public:
    explicit ServerChangeWatcher(const ServerConnection &working, QObject *parent = nullptr);
    ~ServerChangeWatcher() override;

private:
    QThread *m_thread;
    ServerListener *m_listener;
};

} // namespace dotpha
