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
        const Status sound = Database::checkForDamage(databasePath);
        const bool damaged = !sound && sound.error().kind() == Error::Kind::Storage;
        const QString damage = damaged ? sound.error().message() : QString();
        const QString notChecked = !sound && !damaged ? sound.error().message() : QString();
        // Queued to the object's thread: the window learns of it in its own event loop.
        QMetaObject::invokeMethod(this, [this, databasePath, damage, notChecked, ticket] {
            if (ticket == m_started)
                Q_EMIT finished(databasePath, damage, notChecked);
        }, Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace dotpha
