#pragma once

#include "ChangeWatcher.h"

class QTimer;

namespace dotpha {

class SqlConnection;

// Watches a file for commits by other connections (another window, another program): SQLite's
// data_version, which changes on this connection when another one commits, read every
// IntervalMs between this connection's own transactions. Reading it costs no disk access.
class FileChangeWatcher final : public ChangeWatcher
{
    Q_OBJECT

public:
    static constexpr int IntervalMs = 500;

    explicit FileChangeWatcher(SqlConnection &database, QObject *parent = nullptr);

private:
    void look();
    qint64 dataVersion() const;

    SqlConnection &m_database;
    QTimer *m_timer;
    qint64 m_version = -1;
};

} // namespace dotpha
