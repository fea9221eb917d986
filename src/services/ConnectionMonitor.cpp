#include "ConnectionMonitor.h"

#include "AuditRepository.h"
#include "ChangeFeed.h"
#include "ChangeWatcher.h"

#include <QTimer>

namespace dotpha {

ConnectionMonitor::ConnectionMonitor(Repositories &repositories, ChangeFeed &feed, QObject *parent)
    : QObject(parent)
    , m_repositories(repositories)
    , m_feed(feed)
    , m_probe(new QTimer(this))
{
    m_probe->setInterval(ProbeMs);
    connect(m_probe, &QTimer::timeout, this, &ConnectionMonitor::probe);
    // What the feed publishes while offline was read on the working connection after a commit of
    // its own: that connection answers, whatever the listener says (it may be the one refused, by
    // a limit on connections). Deferred, out of the publishing.
    connect(&m_feed, &ChangeFeed::changed, this, [this] {
        if (!m_online)
            QTimer::singleShot(0, this, &ConnectionMonitor::probe);
    });
}

void ConnectionMonitor::watch(ChangeWatcher &watcher)
{
    connect(&watcher, &ChangeWatcher::connectionLost, this, [this](const QString &why) {
        m_watcherLost = true;
        goOffline(why);
    });
    // Deferred: the return is told from the watcher's signal, not inside a statement of ours.
    connect(&watcher, &ChangeWatcher::connectionBack, this, [this] {
        m_watcherLost = false;
        QTimer::singleShot(0, this, &ConnectionMonitor::probe);
    });
}

void ConnectionMonitor::notice(const Error &error)
{
    if (error.kind() == Error::Kind::Connection)
        goOffline(error.message());
}

void ConnectionMonitor::goOffline(const QString &why)
{
    // While the watcher has said nothing, it may still be listening (only this connection broke):
    // the working connection is tried now and then. Once it has, its return is awaited instead, so
    // that a server out of reach never holds up the window with attempts to connect.
    if (m_watcherLost)
        m_probe->stop();
    else
        m_probe->start();
    if (!m_online)
        return;
    m_online = false;
    Q_EMIT wentOffline(why);
}

// A read on the working connection, which connects again when it was lost (SqlTable::run).
void ConnectionMonitor::probe()
{
    if (m_online)
        return;
    if (const Result<qint64> answered = m_repositories.audit.lastId(); !answered) {
        if (!m_watcherLost)
            m_probe->start();
        return;
    }
    m_probe->stop();
    m_online = true;
    // Said before reading everything again: a read that fails then takes the session offline
    // once more, and that is what the window must show last.
    Q_EMIT cameBack();
    m_feed.readEverythingAgain();
}

} // namespace dotpha
