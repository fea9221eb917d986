#include "SqlErrors.h"

namespace dotpha {

namespace {

// SQLite's primary result codes; the driver may report extended codes, whose low byte is the
// primary one.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoError = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteConstraint = 19;
constexpr int SqliteNotADatabase = 26;

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

} // namespace

Error SqlErrors::from(const QSqlError &error)
{
    const QString detail = error.nativeErrorCode() + QLatin1Char(' ') + error.text();
    const QString driverText = error.databaseText();
    switch (primaryCode(error)) {
    case SqliteBusy:
        return {Error::Kind::Locked,
                tr("The database is held by another program or another Dotpha window: nothing was saved. Wait a "
                   "moment and try again; if it lasts, close the other program."), detail};
    case SqliteLocked:
        // Not another program: two statements of the same connection in each other's way (a table
        // being read while it was changed).
        return {Error::Kind::Locked,
                tr("The change met another operation of this window on the same data and was stopped: nothing was "
                   "saved. Try again."), detail};
    case SqliteReadOnly:
        return {Error::Kind::ReadOnly, readOnly().message(), detail};
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return {Error::Kind::Damaged,
                tr("The database file is damaged. Restore it from a backup (File ▸ Restore a backup)."), detail};
    case SqliteFull:
        return {Error::Kind::DiskFull,
                tr("The disk holding the database is full: nothing was saved. Free some space and try again."), detail};
    case SqliteIoError:
    case SqliteCantOpen:
        return {Error::Kind::File,
                tr("The database file could not be read or written (%1): nothing was saved.").arg(driverText), detail};
    case SqliteConstraint:
        if (driverText.contains(QLatin1String("FOREIGN KEY")))
            return {Error::Kind::Validation,
                    tr("The record is still used by others (tasks, people or units), or refers to "
                       "one that does not exist. Nothing was saved."), detail};
        if (driverText.contains(QLatin1String("UNIQUE")))
            return {Error::Kind::Validation,
                    tr("A record with the same name already exists. Nothing was saved."), detail};
        return {Error::Kind::Validation,
                tr("The change breaks a rule of the database. Nothing was saved."), detail};
    default:
        return {Error::Kind::Storage, tr("The database reported an error: %1").arg(driverText), detail};
    }
}

Error SqlErrors::readOnly()
{
    return {Error::Kind::ReadOnly,
            tr("The database is open read-only: changes cannot be saved.")};
}

Error SqlErrors::conflict(const QString &recordNoun)
{
    return {Error::Kind::Conflict,
            tr("Someone else saved this %1 after you opened it. Your changes were not saved, "
               "so that theirs are not lost: reopen it to see the current version.").arg(recordNoun)};
}

Error SqlErrors::notFound(const QString &recordNoun)
{
    return {Error::Kind::NotFound,
            tr("This %1 no longer exists: someone may have deleted it.").arg(recordNoun)};
}

} // namespace dotpha
