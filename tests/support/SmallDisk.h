#pragma once

#include <QString>
#include <QTemporaryDir>

namespace dotpha::test {

// A disk of a few megabytes of its own (a tmpfs mounted on a temporary folder), to fill for real:
// what SQLite and Dotpha meet on a full disk, -wal and -shm included, which no limit set on one
// connection gives. Mounting needs root, as CI has; elsewhere why() says so and the test skips.
class SmallDisk
{
public:
    explicit SmallDisk(int megabytes);
    ~SmallDisk();
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool ok() const { return m_mounted; }
    QString why() const { return m_why; }
    QString pathFor(const QString &fileName) const;
    // Writes a file of zeros until the disk is full, leaving about keepBytes free.
    void fillLeaving(qint64 keepBytes) const;

private:
    QTemporaryDir m_folder;
    bool m_mounted = false;
    QString m_why;
};

} // namespace dotpha::test
