#include "ServerChangeWatcher.h"

#include "ServerListener.h"

#include <QThread>

namespace dotpha {

ServerChangeWatcher::ServerChangeWatcher(const ServerConnection &working, QObject *parent)
    : ChangeWatcher(parent)
    , m_thread(new QThread)
    , m_listener(new ServerListener(working))
{
    m_thread->setObjectName(QStringLiteral("Dotpha change listener"));
    m_listener->moveToThread(m_thread);
    connect(m_listener, &ServerListener::notified, this, &ChangeWatcher::changedElsewhere);
    connect(m_listener, &ServerListener::lost, this, &ChangeWatcher::connectionLost);
    connect(m_listener, &ServerListener::back, this, &ChangeWatcher::connectionBack);
    m_thread->start();
    QMetaObject::invokeMethod(m_listener, &ServerListener::start, Qt::BlockingQueuedConnection);
}

// The listener's connection belongs to its thread: closed there, before the thread ends.
ServerChangeWatcher::~ServerChangeWatcher()
{
    QMetaObject::invokeMethod(m_listener, &ServerListener::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_listener;
    delete m_thread;
}

} // namespace dotpha
