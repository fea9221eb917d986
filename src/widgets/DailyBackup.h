#pragma once

#include <QObject>
#include <QString>

class QThread;

namespace dotpha {

// Today's automatic copy of the open database (AutomaticBackups::daily), made in a thread of its
// own on a read-only connection of its own, so that opening a large file is not slowed down by
// it. Waits for the copy to finish before it goes, so that no copy is left half-written.
class DailyBackup : public QObject
{
    Q_OBJECT

public:
    DailyBackup(QString folder, int keep, QObject *parent = nullptr);
    ~DailyBackup() override;

    void start(const QString &databasePath);
    // Waits for a copy under way.
    void wait();

Q_SIGNALS:
    // made is the copy's path, or empty when today's copy existed already; failure is the reason
    // in the user's language when the copy could not be made.
    void finished(const QString &made, const QString &failure);

private:
    QString m_folder;
    int m_keep;
    QThread *m_thread = nullptr;
};

} // namespace dotpha
