#pragma once

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
    // In the window's thread, for the file at path. damage is empty when the file is sound, or
    // else the message saying what is wrong, in the user's language; notChecked is the reason
    // the check could not run (the file locked by another program, ...).
    void finished(const QString &path, const QString &damage, const QString &notChecked);

private:
    QThread *m_thread = nullptr;
    quint64 m_started = 0;   // which start() a result answers: only the latest one's is reported
};

} // namespace dotpha
