#pragma once

#include <QSqlDatabase>

namespace dotpha {

// SQLite's own C interface, reached through the library the Qt driver itself uses, for the one
// place where Qt's binding costs more than the write (NativeStatement: thousands of rows staged
// in a bulk load, about 1 µs a bound value through QSqlQuery). The functions are looked up at
// run time in the driver plugin's library and its dependencies: the connection's handle belongs
// to that copy of SQLite, and calling another copy's functions on it would corrupt it. Where the
// driver keeps its SQLite to itself (a plugin built with Qt's bundled copy), nothing is found
// and callers use QSqlQuery instead.
class NativeSqlite
{
public:
    struct Statement;
    using Destructor = void (*)(void *);

    struct Api
    {
        int (*prepare)(void *db, const char *sql, int bytes, Statement **statement, const char **tail);
        int (*bindText)(Statement *, int, const char *, int, Destructor);
        int (*bindBlob)(Statement *, int, const void *, int, Destructor);
        int (*bindInt64)(Statement *, int, qint64);
        int (*bindDouble)(Statement *, int, double);
        int (*bindNull)(Statement *, int);
        int (*step)(Statement *);
        int (*reset)(Statement *);
        int (*finalize)(Statement *);
        const char *(*errorMessage)(void *db);
        int (*extendedErrorCode)(void *db);
    };

    static constexpr int Ok = 0;
    static constexpr int Done = 101;
    static inline const Destructor Transient = reinterpret_cast<Destructor>(-1);

    // The API of the library behind connection, or null when it cannot be reached safely.
    static const Api *api(const QSqlDatabase &connection);
    // The connection's sqlite3 handle.
    static void *handle(const QSqlDatabase &connection);
};

} // namespace dotpha
