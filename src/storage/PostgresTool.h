#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace dotpha {

// One run of a PostgreSQL client program (pg_dump, pg_restore) to its end: the password typed
// when connecting goes in its environment only, and what it said is kept when it fails. The
// caller passes --no-password, so that it never waits on a prompt.
class PostgresTool
{
    Q_DECLARE_TR_FUNCTIONS(PostgresTool)

public:
    struct Failure
    {
        QString why;      // in the user's language, or the program's own words
        QString detail;
    };

    // std::nullopt when the program finished well within timeoutMs.
    static std::optional<Failure> run(const QString &program, const QStringList &arguments, const QString &password,
                                      int timeoutMs);
};

} // namespace dotpha
