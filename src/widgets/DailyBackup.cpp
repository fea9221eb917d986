#include "DailyBackup.h"

#include "AutomaticBackups.h"

#include <QThread>

namespace dotpha {

DailyBackup::DailyBackup(QString folder, int keep, QObject *parent)
    : QObject(parent)
    , m_folder(std::move(folder))
    , m_keep(keep)
{
}

DailyBackup::~DailyBackup()
{
    wait();
}

void DailyBackup::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void DailyBackup::start(const QString &databasePath)
{
    wait();
    m_thread = QThread::create([this, databasePath, folder = m_folder, keep = m_keep] {
        const Result<QString> made = AutomaticBackups(folder, keep).daily(databasePath);
        // Queued to the object's thread: the window learns of it in its own event loop.
        QMetaObject::invokeMethod(this, [this, made] {
            Q_EMIT finished(made ? *made : QString(), made ? QString() : made.error().message());
        }, Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace dotpha
