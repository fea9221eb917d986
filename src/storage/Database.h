#pragma once

#include "FileIdentity.h"
#include "Result.h"
#include "SqlConnection.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>

namespace dotpha {

class AutomaticBackups;

// One open Dotpha database file: its connection, its pragmas, and the checks made before anything
// is written to it. A file that is not a Dotpha database, is damaged, or comes from a newer
// version is refused with a message naming it, and is left exactly as it was. A file the user may
// not write to opens read-only and says so.
class Database final : public SqlConnection
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Create makes a new database where no file is, or in an empty (0-byte) one; the other modes
    // refuse an empty file, which holds no database (a copy cut short, an init on a full disk).
    enum class Mode { Create, OpenOrCreate, OpenExisting, ReadOnly };
    // When the whole file is read for damage (SQLite's quick_check, a third of a second for 100,000
    // tasks). Deferred leaves it to the caller, who runs checkForDamage on a connection of its own
    // and calls markDamaged when it fails; a file that must be upgraded is checked first anyway.
    enum class Checking { WhenOpening, Deferred };

    // backups, when given, copies the file before its data format is upgraded; the upgrade does not
    // happen when that copy fails.
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::OpenOrCreate,
                                                  const AutomaticBackups *backups = nullptr,
                                                  Checking checking = Checking::WhenOpening);
    // Reads the whole file at path for damage, through a read-only connection of its own: callable
    // from any thread, while the file is open elsewhere. The error names the file and what is wrong.
    static Status checkForDamage(const QString &path);
    Status ensureRoomFor(qint64 bytes) const override;
    ~Database() override;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const override;
    const QString &path() const { return m_path; }
    bool isReadOnly() const override { return m_readOnly || m_damaged; }
    // Why the database is read-only, in the user's language; empty when it is writable.
    QString readOnlyReason() const;
    // From now on nothing is written: a check after opening found the file damaged.
    void markDamaged() { m_damaged = true; }
    int schemaVersion() const { return m_schemaVersion; }

    // A consistent copy of the database at target (VACUUM INTO), written beside it and renamed
    // into place, so a failed backup never leaves a half-written file under the target's name.
    Status backupTo(const QString &target);
    // Problems found by integrity_check and foreign_key_check; empty when the file is sound.
    Result<QStringList> integrityProblems();
    // Refused when the file was deleted, moved or replaced since it was opened: a write would go
    // to a file nobody opens again. Every write transaction checks it as it begins and commits.
    Status ensureStillInPlace() const override;
    // True on every writable connection once the schema is current (AuditTriggers).
    bool isAudited() const override { return m_audited; }

    Status setLockWait(int milliseconds) override;   // SQLite's busy timeout
    // BEGIN IMMEDIATE: the write lock at once, waiting (busy timeout) for another writer instead
    // of failing halfway with SQLITE_BUSY.
    Status beginWrite() override;
    Result<qint64> lastAuditId() override;
    Status sealAudit(qint64 after) override;
    Error errorOf(const QSqlError &error) const override;
    QString bytesOfText(const QString &expression) const override;
    QString daysBetween(const QString &from, const QString &to) const override;
    QString newYearOf(const QString &year) const override;
    QString now() const override;   // ISO 8601 text in UTC, to the second
    QString secondsSinceEpoch() const override { return QStringLiteral("CAST(strftime('%s', 'now') AS INTEGER)"); }
    bool insertReturnsId() const override { return false; }

private:
    Database(QString path, QString connectionName, bool readOnly);

    static Result<int> inspectExistingFile(const QString &path, Checking checking);
    // What a failure to open the file means, in words naming it: locked, full, or damaged.
    static Error openingError(const QString &path, const Error &error);
    // Which of SQLite's files beside the database were there before an opening.
    struct Leftovers
    {
        bool wal = false;
        bool shm = false;
        static Leftovers of(const QString &path);
    };
    // making: the opening was to make the file, made its identity once it was.
    static void removeWhatFailedOpeningLeft(const QString &path, const Leftovers &before, bool making,
                                            const std::optional<FileIdentity> &made);
    static bool sharedMemoryInUse(const QString &shmPath);
    static bool folderIsFull(const QString &path);
    static Error damagedError(const QString &path, const QString &what);
    static Error readingError(const QString &path, const Error &error);
    static Status checkHeader(const QString &path);
    Status inspectContents();
    Result<QStringList> quickCheck();
    Status connect();
    Status setUp(const AutomaticBackups *backups);
    Status configureForWriting();
    Status createSpeedIndexes();
    Status startAuditing();

    QString m_path;
    QString m_connectionName;
    std::optional<FileIdentity> m_identity;
    bool m_readOnly = false;
    bool m_damaged = false;   // found damaged after opening, so read-only
    bool m_audited = false;
    int m_busyTimeoutMs = 5000;
    int m_schemaVersion = 0;
};

} // namespace dotpha
