#include "SmallDisk.h"

#include <QFile>
#include <QProcess>
#include <QStorageInfo>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace dotpha::test {

namespace {

bool runs(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = program + u": "_s + QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return false;
    }
    return true;
}

} // namespace

SmallDisk::SmallDisk(int megabytes)
{
#ifdef Q_OS_LINUX
    if (::geteuid() != 0) {
        m_why = u"mounting a small disk needs root"_s;
        return;
    }
    m_mounted = runs(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=%1m"_s.arg(megabytes), u"tmpfs"_s, m_folder.path()},
                     &m_why);
#else
    Q_UNUSED(megabytes);
    m_why = u"a small disk is mounted on Linux only"_s;
#endif
}

SmallDisk::~SmallDisk()
{
    if (m_mounted) {
        QString ignored;
        runs(u"umount"_s, {u"-l"_s, m_folder.path()}, &ignored);
    }
}

QString SmallDisk::pathFor(const QString &fileName) const
{
    return m_folder.filePath(fileName);
}

void SmallDisk::fillLeaving(qint64 keepBytes) const
{
    QFile filler(pathFor(u"filler"_s));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append))
        return;
    const QByteArray block(64 * 1024, '\0');
    while (QStorageInfo(m_folder.path()).bytesAvailable() > keepBytes + block.size()) {
        if (filler.write(block) != block.size() || !filler.flush())
            break;
    }
}

} // namespace dotpha::test
