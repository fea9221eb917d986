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
    m_listening = listen().isEmpty();
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

QString ServerListener::listen()
{
    if (!m_listener) {
        Result<std::unique_ptr<ServerConnection>> opened = m_working.another();
        if (!opened)
            return opened.error().message();
        m_listener = std::move(opened).value();
    } else if (const Status reconnected = m_listener->reconnect(); !reconnected) {
        return reconnected.error().message();
    }
    QSqlDriver *driver = m_listener->connection().driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(Channel)))
        return m_listener->errorOf(driver->lastError()).message();
    connect(driver, &QSqlDriver::notification, this, &ServerListener::notified, Qt::UniqueConnection);
    return {};
}

// A statement finds a connection the network dropped without a word, which libpq alone would
// not notice while it only waits for notifications. A connection that opens again at once (a
// server restarted, a blip) is not a loss worth telling: only one that stays shut is.
void ServerListener::check()
{
    if (m_listening) {
        QSqlQuery alive(m_listener->connection());
        if (alive.exec(u"SELECT 1"_s) && !m_listener->isLost())
            return;
    }
    const QString why = listen();
    m_listening = why.isEmpty();
    if (!m_listening) {
        if (!std::exchange(m_toldLost, true))
            Q_EMIT lost(why);
        return;
    }
    if (std::exchange(m_toldLost, false))
        Q_EMIT back();
    Q_EMIT notified();
}

} // namespace dotpha
