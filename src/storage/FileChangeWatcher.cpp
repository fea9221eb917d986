#include "FileChangeWatcher.h"

#include "SqlConnection.h"

#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace dotpha {

FileChangeWatcher::FileChangeWatcher(SqlConnection &database, QObject *parent)
    : ChangeWatcher(parent)
    , m_database(database)
    , m_timer(new QTimer(this))
{
    m_version = dataVersion();
    m_timer->setInterval(IntervalMs);
    connect(m_timer, &QTimer::timeout, this, &FileChangeWatcher::look);
    m_timer->start();
}

qint64 FileChangeWatcher::dataVersion() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void FileChangeWatcher::look()
{
    // Inside this connection's own transaction nothing of another's can be read yet.
    if (m_database.transactionState().depth > 0)
        return;
    const qint64 version = dataVersion();
    if (version < 0 || version == m_version)
        return;
    m_version = version;
    Q_EMIT changedElsewhere();
}

} // namespace dotpha
