#pragma once

#include <QSqlDatabase>

namespace dotpha {

// SQLite's own C interface, reached through the library the Qt driver itself uses, for the one
// place where Qt's binding costs more than the write (NativeStatement: thousands of rows staged
// in a bulk load, about 1 µs a bound value through QSqlQuery). The functions are looked up at
// run time through the driver plugin's own library: the connection's handle belongs to that copy
// of SQLite, and calling another copy's functions on it would corrupt it. On Linux the lookup
// (dlsym) also searches the plugin's dependencies, which finds the system libsqlite3 Debian's
// plugin links; on Windows GetProcAddress searches only the plugin, which keeps its bundled copy
// to itself, so nothing is found there. The copy found must also report the connection's
// version. Wherever nothing suitable is found, callers use QSqlQuery instead.
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
        const char *(*libraryVersion)();
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
