#include "DamageCheck.h"

#include "Database.h"

#include <QThread>

namespace dotpha {

DamageCheck::DamageCheck(QObject *parent)
    : QObject(parent)
{
}

DamageCheck::~DamageCheck()
{
    wait();
}

void DamageCheck::wait()
{
    ++m_started;
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void DamageCheck::start(const QString &databasePath)
{
    wait();
    const quint64 ticket = m_started;
    m_thread = QThread::create([this, databasePath, ticket] {
        const Status result = Database::checkForDamage(databasePath);
        // Queued to the object's thread: the window learns of it in its own event loop.
        QMetaObject::invokeMethod(this, [this, databasePath, result, ticket] {
            if (ticket == m_started)
                Q_EMIT finished(databasePath, result);
        }, Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace dotpha
