#pragma once

#include <QString>

namespace dotpha {

// An expected failure that crosses a layer boundary as a value. The message is already in the
// user's language and names what went wrong; callers show it, they do not build their own.
class Error
{
public:
    enum class Kind {
        Validation,   // the input breaks a rule; nothing was written
        NotFound,     // the record does not exist (any more)
        Conflict,     // someone else saved the record first; nothing was overwritten
        ReadOnly,     // the database is open read-only
        Storage,      // the database refused the operation
        Damaged,      // SQLite found the database file damaged (its own verdict, never a guess)
        File,         // a file could not be read or written
        Refused,      // a file or request that cannot be accepted (corrupt, newer version, a role's limits, ...)
        Locked,       // another program, or another Dotpha, holds the database; nothing was written
        DiskFull,     // the disk is full; nothing was written
        Connection,   // the office server cannot be reached, or the connection to it was lost
        Cancelled     // the user chose not to go on; nothing to report
    };

    Error(Kind kind, QString message, QString detail = {});

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    // Technical detail (driver text, SQL error code) for logs; never shown instead of message().
    const QString &detail() const { return m_detail; }

    static Error validation(QString message) { return {Kind::Validation, std::move(message)}; }

private:
    Kind m_kind;
    QString m_message;
    QString m_detail;
};

} // namespace dotpha
