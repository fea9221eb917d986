#include "ServerListener.h"

#include "ServerConnection.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace dotpha {

ServerListener::ServerListener(const ServerConnection &working)
    : m_working(working)
{
}

ServerListener::~ServerListener() = default;

void ServerListener::start()
{
    m_listening = listen();
    m_timer = new QTimer(this);
    m_timer->setInterval(CheckMs);
    connect(m_timer, &QTimer::timeout, this, &ServerListener::check);
    m_timer->start();
}

void ServerListener::stop()
{
    if (m_timer)
        m_timer->stop();
    m_listener.reset();
}

bool ServerListener::listen()
{
    if (!m_listener) {
        Result<std::unique_ptr<ServerConnection>> opened = m_working.another();
        if (!opened)
            return false;
        m_listener = std::move(opened).value();
    } else if (!m_listener->reconnect()) {
        return false;
    }
    QSqlDriver *driver = m_listener->connection().driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(Channel)))
        return false;
    connect(driver, &QSqlDriver::notification, this, &ServerListener::notified, Qt::UniqueConnection);
    return true;
}

// A statement finds a connection the network dropped without a word, which libpq alone would
// not notice while it only waits for notifications.
void ServerListener::check()
{
    if (m_listening) {
        QSqlQuery alive(m_listener->connection());
        if (alive.exec(u"SELECT 1"_s) && !m_listener->isLost())
            return;
    }
    m_listening = listen();
    if (m_listening)
        Q_EMIT notified();
}

} // namespace dotpha
