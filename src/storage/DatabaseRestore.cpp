#include "DatabaseRestore.h"

#include "AttachmentCheck.h"
#include "SqlAttachmentRepository.h"
#include "SqlAuditRepository.h"
#include "SqliteAuditStorage.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

const QStringList Companions = {u"-wal"_s, u"-shm"_s};

bool renameFile(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::rename(from.toStdU16String(), to.toStdU16String(), error);
    return !error;
}

void removeWithCompanions(const QString &path)
{
    QFile::remove(path);
    for (const QString &suffix : Companions)
        QFile::remove(path + suffix);
}

// A name for the replaced file that no earlier restore has taken.
QString unusedKeptPath(const QString &target)
{
    const QFileInfo info(target);
    const QString stem = info.completeBaseName() + u"-before-restore-"_s
                         + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString kept = info.dir().filePath(stem + u'.' + info.suffix());
    for (int n = 2; QFile::exists(kept) || QFile::exists(kept + u"-wal"_s); ++n)
        kept = info.dir().filePath(stem + u'-' + QString::number(n) + u'.' + info.suffix());
    return kept;
}

// Whether someone is writing to the file right now: their save would land in the replaced copy.
// Whoever merely has it open finds out at their next save, which checks that the file is still
// the one they opened (Database::ensureStillInPlace).
Status checkNoSaveUnderWay(const QString &target)
{
    const QString name = u"dotpha-restore-check-"_s + QString::number(reinterpret_cast<quintptr>(&target));
    bool busy = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(target);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=1000"_s);
        if (db.open()) {
            QSqlQuery begin(db);
            // Only SQLITE_BUSY counts: a damaged target, the usual reason to restore, is replaced.
            if (begin.exec(u"BEGIN IMMEDIATE"_s))
                QSqlQuery(db).exec(u"ROLLBACK"_s);
            else
                busy = begin.lastError().nativeErrorCode() == u"5"_s;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (busy)
        return Error(Error::Kind::Locked, DatabaseRestore::tr("%1 is being saved to from another computer; nothing was "
                                                              "restored. Try again in a moment.")
                                              .arg(QDir::toNativeSeparators(target)));
    return {};
}

} // namespace

QString DatabaseRestore::stagingPath(const QString &target)
{
    return QFileInfo(target).absoluteFilePath() + u".restoring"_s;
}

Result<std::unique_ptr<Database>> DatabaseRestore::stage(const QString &backup, const QString &target)
{
    const QString staged = stagingPath(target);
    if (QFileInfo(backup).absoluteFilePath() == QFileInfo(target).absoluteFilePath())
        return Error(Error::Kind::Refused, tr("A database cannot be restored from itself."));
    if (!QFileInfo(backup).isFile())
        return Error(Error::Kind::File, tr("The backup %1 does not exist.").arg(QDir::toNativeSeparators(backup)));
    removeWithCompanions(staged);
    // The backup's own -wal, if it has one, belongs to it: copied with it, replayed into the copy.
    if (!QFile::copy(backup, staged) || (QFile::exists(backup + u"-wal"_s) && !QFile::copy(backup + u"-wal"_s, staged + u"-wal"_s))) {
        removeWithCompanions(staged);
        return Error(Error::Kind::File, tr("The backup %1 could not be copied beside %2.")
                                            .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(target)));
    }
    QFile::setPermissions(staged, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    Result<std::unique_ptr<Database>> opened = Database::open(staged, Database::Mode::OpenExisting);
    if (!opened) {
        removeWithCompanions(staged);
        return Error(opened.error().kind(),
                     tr("The backup %1 cannot be restored: %2").arg(QDir::toNativeSeparators(backup), opened.error().message()),
                     opened.error().detail());
    }
    return opened;
}

Result<QStringList> DatabaseRestore::problemsOf(Database &staged)
{
    Result<QStringList> problems = staged.integrityProblems();
    if (!problems)
        return problems;
    // The check `dotpha-cli check` makes: the trail's seals, the records against them, and the
    // stored files against their hashes.
    SqliteAuditStorage trail(staged);
    const Result<QStringList> audit = SqlAuditRepository(trail).verify();
    if (!audit)
        return audit.error();
    problems->append(*audit);
    SqlAttachmentRepository files(staged);
    const Result<QStringList> changedFiles = AttachmentCheck::problems(files);
    if (!changedFiles)
        return changedFiles.error();
    problems->append(*changedFiles);
    return problems;
}

Status DatabaseRestore::moveAside(const QString &target, const QString &kept)
{
    if (!renameFile(target, kept))
        return Error(Error::Kind::File, tr("%1 could not be moved aside; nothing was restored. Close the programs that "
                                           "have it open and try again.").arg(QDir::toNativeSeparators(target)));
    // A -wal belongs to the file it was written for: it goes with it, so neither file is read with
    // the other's. When one cannot follow, whatever moved goes back.
    QStringList moved;
    for (const QString &suffix : Companions) {
        if (!QFile::exists(target + suffix))
            continue;
        if (!renameFile(target + suffix, kept + suffix)) {
            for (const QString &back : std::as_const(moved))
                renameFile(kept + back, target + back);
            renameFile(kept, target);
            return Error(Error::Kind::File, tr("%1 could not be moved aside; nothing was restored. Close the programs "
                                               "that have it open and try again.")
                                                .arg(QDir::toNativeSeparators(target + suffix)));
        }
        moved << suffix;
    }
    return {};
}

Result<QString> DatabaseRestore::install(const QString &target)
{
    const QString staged = stagingPath(target);
    for (const QString &suffix : Companions) {
        if (QFile::exists(staged + suffix))
            return Error(Error::Kind::File, tr("The checked copy of the backup is still open; nothing was restored."));
    }
    QString kept;
    if (QFile::exists(target)) {
        if (const Status quiet = checkNoSaveUnderWay(target); !quiet)
            return quiet.error();
        kept = unusedKeptPath(target);
        if (const Status moved = moveAside(target, kept); !moved)
            return moved.error();
    }
    if (!renameFile(staged, target)) {
        if (!kept.isEmpty()) {
            if (const Status back = moveAside(kept, target); !back)   // put it back as it was
                return Error(Error::Kind::File,
                             tr("The backup could not be put in place of %1, nor the database put back: it is "
                                "kept as %2.")
                                 .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(kept)));
        }
        return Error(Error::Kind::File,
                     tr("The backup could not be put in place of %1; the database was left as it was.")
                         .arg(QDir::toNativeSeparators(target)));
    }
    return kept;
}

void DatabaseRestore::discard(const QString &target)
{
    removeWithCompanions(stagingPath(target));
}

} // namespace dotpha
