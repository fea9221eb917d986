#include "Database.h"

#include "AuditChain.h"
#include "AuditTriggers.h"
#include "AutomaticBackups.h"
#include "SchemaMigrations.h"
#include "SchemaMigrator.h"
#include "SqlErrors.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QLocale>
#include <QStorageInfo>
#include <QTemporaryFile>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

#include <filesystem>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

constexpr int BusyTimeoutMs = 5000;
// The checks before opening only read: a file another program keeps locked for longer than this is
// reported as held by it.
constexpr int InspectionBusyTimeoutMs = 1000;
const QByteArray SqliteHeader("SQLite format 3\0", 16);

QString nextConnectionName()
{
    static QAtomicInteger<int> counter = 0;
    return u"dotpha-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// QFileInfo::isWritable() asks the operating system, which lets an administrator write anywhere;
// the permission bits (the read-only attribute on Windows) say what the user meant.
bool isMarkedWritable(const QFileInfo &info)
{
    // WriteUser is not a permission bit: Qt answers it by asking the system, as isWritable() does.
    constexpr auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return SqlErrors::from(query.lastError());
    if (!query.next())
        return QVariant();
    return query.value(0);
}

} // namespace

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_readOnly(readOnly)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::readOnlyReason() const
{
    if (m_damaged)
        return tr("The file %1 is damaged: you can read it, but changes cannot be saved. Restore it from a backup.")
            .arg(QDir::toNativeSeparators(m_path));
    if (!m_readOnly)
        return {};
    return tr("The file %1 is read-only: you can read it, but changes cannot be saved.")
        .arg(QDir::toNativeSeparators(m_path));
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode, const AutomaticBackups *backups,
                                                 Checking checking)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && mode != Mode::OpenOrCreate && mode != Mode::Create)
        return Error(Error::Kind::File, tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (exists && info.isDir())
        return Error(Error::Kind::File, tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(path)));
    // An empty file is no database: opening it would make it an empty one, and every command
    // after would take that for the committee's record.
    if (exists && info.size() == 0 && mode != Mode::Create)
        return Error(Error::Kind::Refused,
                     tr("The file %1 is empty (0 bytes): it holds no Dotpha database. It may be a copy cut short or "
                        "a file left by a failed start; open the database you meant, or make a new one in this "
                        "file with dotpha-cli init.").arg(QDir::toNativeSeparators(path)));
    if (exists && info.size() > 0 && mode == Mode::Create)
        return Error(Error::Kind::Refused,
                     tr("The file %1 already exists: a new database is made only where there is no file, or in an "
                        "empty one.").arg(QDir::toNativeSeparators(path)));
    if (!exists && !QFileInfo(info.absolutePath()).isDir())
        return Error(Error::Kind::File,
                     tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));

    // WAL keeps two files beside the database, so writing needs the folder writable as well.
    const bool readOnly = mode == Mode::ReadOnly
                          || (exists && !isMarkedWritable(info))
                          || !QFileInfo(info.absolutePath()).isWritable();
    if (!exists && readOnly)
        return Error(Error::Kind::File,
                     tr("Cannot create %1: the folder is read-only.").arg(QDir::toNativeSeparators(path)));

    int schemaVersion = 0;
    if (exists && info.size() > 0) {
        const Result<int> inspected = inspectExistingFile(path, checking);
        if (!inspected)
            return openingError(path, inspected.error());
        schemaVersion = *inspected;
    }

    const Leftovers before = Leftovers::of(info.absoluteFilePath());
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), nextConnectionName(), readOnly));
    database->m_schemaVersion = schemaVersion;
    Status ready = database->connect();
    if (ready) {
        database->m_identity = FileIdentity::of(database->m_path);
        ready = database->setUp(backups);
    }
    if (!ready) {
        const bool making = !exists || info.size() == 0;
        const std::optional<FileIdentity> identity = database->m_identity;
        database.reset();   // every connection closed before anything is removed
        removeWhatFailedOpeningLeft(info.absoluteFilePath(), before, making, identity);
        return openingError(path, ready.error());
    }
    return database;
}

Database::Leftovers Database::Leftovers::of(const QString &path)
{
    return {QFile::exists(path + u"-wal"_s), QFile::exists(path + u"-shm"_s)};
}

// A failed opening leaves nothing it made: a file it created (or the empty file it was to fill),
// and the -wal and -shm files SQLite made for it, so that the next opening does not find a
// half-made database or a write-ahead log that reads as damage. A -wal is removed only when it
// was not there before, is empty, and no other program uses the database (its -shm unlocked).
void Database::removeWhatFailedOpeningLeft(const QString &path, const Leftovers &before, bool making,
                                           const std::optional<FileIdentity> &made)
{
    const QString wal = path + u"-wal"_s;
    const QString shm = path + u"-shm"_s;
    const bool sidecarsAreOurs = !before.wal && !before.shm && QFileInfo(wal).size() == 0 && !sharedMemoryInUse(shm);
    if (making) {
        const bool stillOurs = (made && FileIdentity::of(path) == made) || QFileInfo(path).size() == 0;
        if (stillOurs && sidecarsAreOurs) {
            QFile::remove(path + u"-journal"_s);
            QFile::remove(path);
        }
    }
    if (sidecarsAreOurs) {
        QFile::remove(wal);
        QFile::remove(shm);
    }
}

// SQLite's rule for "the first connection": every connection to a WAL database holds a shared
// lock on byte 128 of the -shm file (UNIX_SHM_DMS) while it is open. Locks of this process do
// not show here; its connections to path are closed by then. Elsewhere, in use unless proved
// otherwise.
bool Database::sharedMemoryInUse(const QString &shmPath)
{
    if (!QFile::exists(shmPath))
        return false;
#ifdef Q_OS_UNIX
    const int descriptor = ::open(QFile::encodeName(shmPath).constData(), O_RDWR);
    if (descriptor < 0)
        return true;
    struct flock lock {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 128;
    lock.l_len = 1;
    const bool asked = ::fcntl(descriptor, F_GETLK, &lock) == 0;
    ::close(descriptor);
    return !asked || lock.l_type != F_UNLCK;
#else
    return true;
#endif
}

Status Database::ensureRoomFor(qint64 bytes) const
{
    const QStorageInfo disk(QFileInfo(m_path).absolutePath());
    if (!disk.isValid() || disk.bytesAvailable() < 0 || disk.bytesAvailable() >= bytes)
        return {};
    const QLocale locale;
    return Error(Error::Kind::DiskFull,
                 tr("The disk holding %1 has %2 free, and this needs about %3. Nothing was stored; free some space "
                    "and try again.")
                     .arg(QDir::toNativeSeparators(m_path), locale.formattedDataSize(disk.bytesAvailable()),
                          locale.formattedDataSize(bytes)));
}

// After an I/O error, a full disk (or a file that may grow no more) is told from other failures
// by trying a small write beside the file: free space as reported misleads on quotas and
// network shares. A folder where nothing can be created cannot tell, and is not called full.
bool Database::folderIsFull(const QString &path)
{
    QTemporaryFile probe(QFileInfo(path).absolutePath() + u"/.dotpha-space-XXXXXX"_s);
    if (!probe.open())
        return false;
    const QByteArray block(64 * 1024, '\0');
    return probe.write(block) != block.size() || !probe.flush();
}

// A lock held by another program, or a full disk, is not damage: saying so would send the user
// to restore a backup over a sound file.
Error Database::openingError(const QString &path, const Error &error)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    const bool full = error.kind() == Error::Kind::DiskFull || (error.kind() == Error::Kind::File && folderIsFull(path));
    switch (full ? Error::Kind::DiskFull : error.kind()) {
    case Error::Kind::Locked:
        return Error(Error::Kind::Locked,
                     tr("The database %1 is held by another program, or another Dotpha, that keeps it for itself, so "
                        "it was not opened. Close that program and try again; the file was not changed.")
                         .arg(nativePath),
                     error.detail());
    case Error::Kind::DiskFull:
        return Error(Error::Kind::DiskFull,
                     tr("The disk holding %1 is full, so the database could not be opened for writing. Free some "
                        "space and try again; the file was not changed.").arg(nativePath),
                     error.detail());
    default:
        return error;
    }
}

Status Database::ensureStillInPlace() const
{
    // A file system that gave no identity at opening (some network shares) cannot be checked;
    // refusing every save there would be worse than the hazard.
    if (!m_identity || FileIdentity::of(m_path) == m_identity)
        return {};
    return Error(Error::Kind::File,
                 tr("The file %1 was moved, deleted or replaced by another program while Dotpha had it open, so "
                    "the change was not saved. Open the file again (File ▸ Open).")
                     .arg(QDir::toNativeSeparators(m_path)));
}

// Everything that decides whether a file may be opened is read through a read-only connection of
// its own, so that a refused file is never touched. Returns the file's schema version. A file to
// be upgraded is read for damage before anything is written to it, whatever checking says.
Result<int> Database::inspectExistingFile(const QString &path, Checking checking)
{
    if (const Status header = checkHeader(path); !header)
        return header.error();
    Database probe(path, nextConnectionName(), true);
    probe.m_busyTimeoutMs = InspectionBusyTimeoutMs;
    if (const Status connected = probe.connect(); !connected)
        return connected.error();
    if (const Status inspected = probe.inspectContents(); !inspected)
        return inspected.error();
    if (checking == Checking::WhenOpening || probe.m_schemaVersion < SchemaMigrations::currentVersion()) {
        const Result<QStringList> problems = probe.quickCheck();
        if (!problems)
            return readingError(path, problems.error());
        if (!problems->isEmpty())
            return damagedError(path, problems->join(u"; "_s));
    }
    return probe.m_schemaVersion;
}

Status Database::checkForDamage(const QString &path)
{
    // What SQLite found goes in the detail: a page number means nothing to the reader.
    const auto damaged = [&](const QString &what) {
        return Error(Error::Kind::Damaged,
                     tr("The database %1 is damaged. It stays open so that you can read and copy what it holds, but "
                        "nothing more can be saved to it. Restore it from a backup (File ▸ Restore a backup).")
                         .arg(QDir::toNativeSeparators(path)),
                     what);
    };
    if (const Status header = checkHeader(path); !header)
        return header.error().kind() == Error::Kind::Refused ? damaged(header.error().message()) : header;
    Database probe(path, nextConnectionName(), true);
    probe.m_busyTimeoutMs = InspectionBusyTimeoutMs;
    if (const Status connected = probe.connect(); !connected)
        return connected;
    const Result<QStringList> problems = probe.quickCheck();
    if (!problems) {
        const Error &error = problems.error();
        if (error.kind() != Error::Kind::Damaged)
            return openingError(path, error);   // a lock, a full disk, a file that cannot be read: not damage
        return damaged(error.detail().isEmpty() ? error.message() : error.detail());
    }
    if (!problems->isEmpty())
        return damaged(problems->join(u"\n"_s));
    return {};
}

Error Database::damagedError(const QString &path, const QString &what)
{
    return Error(Error::Kind::Refused,
                 tr("The database %1 is damaged and was not opened (%2). Restore it from a backup (File ▸ "
                    "Restore a backup).").arg(QDir::toNativeSeparators(path), what));
}

// Only SQLite's own verdict is damage: a lock, a full disk or a file that cannot be read is not,
// and saying so would send the user to restore a backup over a sound file.
Error Database::readingError(const QString &path, const Error &error)
{
    return error.kind() == Error::Kind::Damaged ? damagedError(path, error.detail()) : openingError(path, error);
}

Status Database::checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::File, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(SqliteHeader))
        return Error(Error::Kind::Refused,
                     tr("The file %1 is not a Dotpha database: it is not an SQLite database file, or it is "
                        "truncated.").arg(QDir::toNativeSeparators(path)));
    return {};
}

Status Database::inspectContents()
{
    const QString nativePath = QDir::toNativeSeparators(m_path);
    const QSqlDatabase db = connection();
    const auto failed = [&](const Error &error) { return readingError(m_path, error); };

    const Result<QVariant> version = scalar(db, u"PRAGMA user_version"_s);
    if (!version)
        return failed(version.error());
    const Result<QVariant> applicationId = scalar(db, u"PRAGMA application_id"_s);
    const Result<QVariant> tableCount = scalar(db, u"SELECT count(*) FROM sqlite_master"_s);
    if (!applicationId || !tableCount)
        return failed(applicationId ? tableCount.error() : applicationId.error());

    m_schemaVersion = version->toInt();
    const int appId = applicationId->toInt();
    if (appId != SchemaMigrations::ApplicationId && (appId != 0 || tableCount->toInt() > 0))
        return Error(Error::Kind::Refused,
                     tr("The file %1 is an SQLite database of another program, not a Dotpha database.")
                         .arg(nativePath));
    if (m_schemaVersion > SchemaMigrations::currentVersion())
        return Error(Error::Kind::Refused,
                     tr("The database %1 was saved by a newer version of Dotpha (data format %2; this "
                        "version reads up to %3). Install the newer version to open it; the file was "
                        "not changed.").arg(nativePath).arg(m_schemaVersion).arg(SchemaMigrations::currentVersion()));

    return {};
}

// What quick_check finds wrong, at most five lines; empty when the file is sound. An error when
// the check could not run, as SQLite gave it.
Result<QStringList> Database::quickCheck()
{
    QSqlQuery check(connection());
    if (!check.exec(u"PRAGMA quick_check(5)"_s))
        return SqlErrors::from(check.lastError());
    QStringList problems;
    while (check.next()) {
        const QString line = check.value(0).toString();
        if (line != u"ok"_s)
            problems << line;
    }
    return problems;
}

// Dates are ISO 8601 text in a file.
QString Database::daysBetween(const QString &from, const QString &to) const
{
    return u"(julianday(%2) - julianday(%1))"_s.arg(from, to);
}

QString Database::newYearOf(const QString &year) const
{
    return u"printf('%04d-01-01', %1)"_s.arg(year);
}

Status Database::setLockWait(int milliseconds)
{
    m_busyTimeoutMs = std::max(0, milliseconds);
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA busy_timeout = %1"_s.arg(m_busyTimeoutMs)))
        return SqlErrors::from(query.lastError());
    return {};
}

Status Database::connect()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_busyTimeoutMs);
    if (m_readOnly && !QFile::exists(m_path + u"-wal"_s)) {
        // A read-only connection to a WAL database would leave -wal and -shm files behind, which
        // it cannot remove. With no -wal file the main file holds everything, and "immutable"
        // reads it without creating either.
        db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) + u"?immutable=1"_s);
        options += u";QSQLITE_OPEN_URI"_s;
    } else {
        db.setDatabaseName(m_path);
    }
    if (m_readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    db.setConnectOptions(options);
    if (!db.open())
        return Error(Error::Kind::File,
                     tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    // Off by default in SQLite, and per connection: every connection must turn it on.
    if (const Result<QVariant> fk = scalar(db, u"PRAGMA foreign_keys = ON"_s); !fk)
        return fk.error();
    return {};
}

Status Database::setUp(const AutomaticBackups *backups)
{
    if (m_readOnly) {
        if (m_schemaVersion < SchemaMigrations::currentVersion())
            return Error(Error::Kind::Refused,
                         tr("The database %1 is read-only and in an older data format: it must be "
                            "upgraded, which needs permission to write it.")
                             .arg(QDir::toNativeSeparators(m_path)));
        return {};
    }
    if (const Status configured = configureForWriting(); !configured)
        return configured;
    if (backups && m_schemaVersion > 0 && m_schemaVersion < SchemaMigrations::currentVersion()) {
        if (const Result<QString> copied = backups->beforeUpgrade(*this, m_schemaVersion); !copied)
            return Error(copied.error().kind(),
                         tr("The database %1 must be upgraded to data format %2, and was not, because the copy made "
                            "first failed: %3").arg(QDir::toNativeSeparators(m_path)).arg(SchemaMigrations::currentVersion())
                             .arg(copied.error().message()));
    }
    if (const Status migrated = SchemaMigrator::migrate(*this); !migrated)
        return migrated;
    m_schemaVersion = SchemaMigrations::currentVersion();
    if (const Status indexed = createSpeedIndexes(); !indexed)
        return indexed;
    return startAuditing();
}

Status Database::createSpeedIndexes()
{
    QSqlQuery query(connection());
    for (const QString &statement : SchemaMigrations::speedIndexes()) {
        if (!query.exec(statement))
            return errorOf(query.lastError());
    }
    return {};
}

// Until someone signs in, changes are recorded under the system account, with no name: the
// login of the operating system's user is not asked, since anyone can set it.
Status Database::startAuditing()
{
    if (const Status installed = AuditTriggers::install(*this); !installed)
        return installed;
    m_audited = true;
    return {};
}

Status Database::configureForWriting()
{
    const QSqlDatabase db = connection();
    const Result<QVariant> journal = scalar(db, u"PRAGMA journal_mode = WAL"_s);
    if (!journal)
        return journal.error();
    // A desktop writes little, and every save must survive a power cut.
    if (const Result<QVariant> sync = scalar(db, u"PRAGMA synchronous = FULL"_s); !sync)
        return sync.error();
    // A bulk write (an import, a generated file, an upgrade's rebuild) touches more pages than
    // SQLite's default 2 MiB cache holds: it would spill them to the -wal mid-transaction and read
    // them back, and stage its rows in a temporary file. Memory is what a desktop has.
    if (const Result<QVariant> cache = scalar(db, u"PRAGMA cache_size = -65536"_s); !cache)
        return cache.error();
    if (const Result<QVariant> temp = scalar(db, u"PRAGMA temp_store = MEMORY"_s); !temp)
        return temp.error();
    return {};
}

Status Database::backupTo(const QString &target)
{
    const QString absoluteTarget = QFileInfo(target).absoluteFilePath();
    if (absoluteTarget == m_path)
        return Error(Error::Kind::File, tr("A backup cannot overwrite the database itself."));
    const QString partial = absoluteTarget + u".partial"_s;
    QFile::remove(partial);
    QSqlQuery vacuum(connection());
    vacuum.prepare(u"VACUUM INTO ?"_s);
    vacuum.addBindValue(partial);
    if (!vacuum.exec()) {
        QFile::remove(partial);
        return Error(Error::Kind::File,
                     tr("The backup to %1 failed: %2").arg(QDir::toNativeSeparators(target),
                                                          vacuum.lastError().databaseText()));
    }
    std::error_code renameError;
    std::filesystem::rename(partial.toStdU16String(), absoluteTarget.toStdU16String(), renameError);
    if (renameError) {
        QFile::remove(partial);
        return Error(Error::Kind::File,
                     tr("The backup to %1 failed: %2").arg(QDir::toNativeSeparators(target),
                                                          QString::fromStdString(renameError.message())));
    }
    return {};
}

Result<QStringList> Database::integrityProblems()
{
    QStringList problems;
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA integrity_check"_s))
        return SqlErrors::from(query.lastError());
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok"_s)
            problems << tr("Damaged storage: %1").arg(line);
    }
    if (!query.exec(u"PRAGMA foreign_key_check"_s))
        return SqlErrors::from(query.lastError());
    while (query.next()) {
        problems << tr("Row %1 of table %2 refers to a missing row of table %3.")
                        .arg(query.value(1).toString(), query.value(0).toString(), query.value(2).toString());
    }
    return problems;
}

Status Database::beginWrite()
{
    QSqlQuery begin(connection());
    if (!begin.exec(u"BEGIN IMMEDIATE"_s))
        return SqlErrors::from(begin.lastError());
    return {};
}

Result<qint64> Database::lastAuditId()
{
    return AuditChain::lastId(*this);
}

Status Database::sealAudit(qint64 after)
{
    return AuditChain::seal(*this, after);
}

Error Database::errorOf(const QSqlError &error) const
{
    return SqlErrors::from(error);
}

QString Database::bytesOfText(const QString &expression) const
{
    return u"CAST(%1 AS BLOB)"_s.arg(expression);
}

QString Database::now() const
{
    return u"strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"_s;
}

} // namespace dotpha
