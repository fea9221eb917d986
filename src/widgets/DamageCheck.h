#pragma once

#include "Result.h"

#include <QObject>
#include <QString>

class QThread;

namespace dotpha {

// Reads an open database file for damage (Database::checkForDamage) in a thread of its own, on a
// read-only connection of its own, once the window shows the file: the first screen does not wait
// for the third of a second a large file takes. Waits for the check under way before it goes.
class DamageCheck : public QObject
{
    Q_OBJECT

public:
    explicit DamageCheck(QObject *parent = nullptr);
    ~DamageCheck() override;

    void start(const QString &databasePath);
    // Waits for a check under way; its result is not reported.
    void wait();

Q_SIGNALS:
    // In the window's thread, for the file at path: Database::checkForDamage's result (a Storage
    // error when the file is damaged; another kind when the check could not run).
    void finished(const QString &path, const dotpha::Status &result);

private:
    QThread *m_thread = nullptr;
    quint64 m_started = 0;   // which start() a result answers: only the latest one's is reported
};

} // namespace dotpha
