#include "AutomaticBackups.h"

#include "Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

const QString StampFormat = u"yyyyMMdd-HHmmss"_s;
const QString DailySuffix = u"daily"_s;

} // namespace

AutomaticBackups::AutomaticBackups(QString folder, int keepDaily)
    : m_folder(std::move(folder))
    , m_keepDaily(std::max(1, keepDaily))
{
}

QString AutomaticBackups::standardFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"backups"_s);
}

// "dotpha-3f2a91c0-": the file's name and the start of a hash of its absolute path.
QString AutomaticBackups::prefixFor(const QString &databasePath) const
{
    const QFileInfo info(databasePath);
    const QByteArray where = QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha256);
    return info.completeBaseName() + u'-' + QString::fromLatin1(where.toHex().left(8)) + u'-';
}

Status AutomaticBackups::ensureFolder() const
{
    if (QDir().mkpath(m_folder))
        return {};
    return Error(Error::Kind::File,
                 tr("The folder for automatic backups, %1, cannot be created.").arg(QDir::toNativeSeparators(m_folder)));
}

Result<QString> AutomaticBackups::beforeUpgrade(Database &database, int fromVersion) const
{
    if (const Status ready = ensureFolder(); !ready)
        return ready.error();
    const QString target = QDir(m_folder).filePath(prefixFor(database.path())
                                                   + QDateTime::currentDateTime().toString(StampFormat)
                                                   + u"-format-%1.sqlite"_s.arg(fromVersion));
    if (const Status copied = database.backupTo(target); !copied)
        return copied.error();
    return target;
}

Result<QString> AutomaticBackups::daily(const QString &databasePath) const
{
    const QString today = QDate::currentDate().toString(u"yyyyMMdd"_s);
    for (const QString &existing : backupsOf(databasePath)) {
        const QString name = QFileInfo(existing).fileName();
        if (name.endsWith(DailySuffix + u".sqlite"_s) && name.mid(prefixFor(databasePath).size(), 8) == today)
            return QString();
    }
    if (const Status ready = ensureFolder(); !ready)
        return ready.error();
    Result<std::unique_ptr<Database>> source = Database::open(databasePath, Database::Mode::ReadOnly);
    if (!source)
        return source.error();
    const QString target = QDir(m_folder).filePath(prefixFor(databasePath)
                                                   + QDateTime::currentDateTime().toString(StampFormat) + u'-'
                                                   + DailySuffix + u".sqlite"_s);
    if (const Status copied = source.value()->backupTo(target); !copied)
        return copied.error();
    pruneDaily(databasePath);
    return target;
}

QStringList AutomaticBackups::backupsOf(const QString &databasePath) const
{
    QStringList found;
    const QDir folder(m_folder);
    // The time stamp in the name sorts them; newest first. The prefix is compared as text, not
    // as a pattern: a database's name may hold [ ] or ?.
    const QString prefix = prefixFor(databasePath);
    for (const QString &name : folder.entryList({u"*.sqlite"_s}, QDir::Files, QDir::Name | QDir::Reversed)) {
        if (name.startsWith(prefix))
            found << folder.filePath(name);
    }
    return found;
}

void AutomaticBackups::pruneDaily(const QString &databasePath) const
{
    int kept = 0;
    for (const QString &backup : backupsOf(databasePath)) {
        if (!backup.endsWith(DailySuffix + u".sqlite"_s))
            continue;   // the copies before an upgrade are kept
        if (++kept > m_keepDaily)
            QFile::remove(backup);
    }
}

} // namespace dotpha
