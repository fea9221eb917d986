#pragma once

#include <QObject>

#include <memory>

class QTimer;

namespace dotpha {

class ServerConnection;

// The listening half of ServerChangeWatcher, on a thread of its own: its connection, LISTENing
// to the channel the server notifies at every commit that wrote to the trail, checked every
// CheckMs and opened again once lost, so that a server that does not answer never holds up the
// window.
class ServerListener : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *Channel = "dotpha_changes";
    static constexpr int CheckMs = 5000;

    explicit ServerListener(const ServerConnection &working);
    ~ServerListener() override;

    // On the listener's thread: the first listen, then the checks.
    void start();
    // On the listener's thread: the connection closed, before the thread ends.
    void stop();

Q_SIGNALS:
    // A commit elsewhere, or a connection listening again after a loss (what was sent meanwhile
    // is gone, so something may have changed).
    void notified();
    // Listening was lost and could not start again, with why; told once until back().
    void lost(const QString &why);
    void back();

private:
    void check();
    // Empty when listening; else why not, in the user's words.
    QString listen();

    const ServerConnection &m_working;
    std::unique_ptr<ServerConnection> m_listener;
    QTimer *m_timer = nullptr;
    bool m_listening = false;
    bool m_toldLost = false;
};

} // namespace dotpha
