#include "NativeSqlite.h"

#include <QLibrary>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <dlfcn.h>
#endif

namespace dotpha {

namespace {

// The file of the loaded library that holds address: the driver plugin, found from its object.
QString libraryHolding(const void *address)
{
#ifdef Q_OS_WIN
    HMODULE module = nullptr;
    if (!GetModuleHandleExW(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                            static_cast<LPCWSTR>(address), &module))
        return {};
    wchar_t path[MAX_PATH];
    const DWORD length = GetModuleFileNameW(module, path, MAX_PATH);
    return QString::fromWCharArray(path, int(length));
#else
    Dl_info info;
    if (!dladdr(address, &info) || !info.dli_fname)
        return {};
    return QString::fromLocal8Bit(info.dli_fname);
#endif
}

template <typename Function>
bool resolve(QLibrary &library, const char *name, Function &target)
{
    target = reinterpret_cast<Function>(library.resolve(name));
    return target != nullptr;
}

// The SQLite the connection runs, by its own account: a function of another copy would answer
// with its version, which is the one mistake here worth catching before a handle is passed to it.
QByteArray connectionVersion(const QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT sqlite_version()")) || !query.next())
        return {};
    return query.value(0).toString().toLatin1();
}

const NativeSqlite::Api *load(const QSqlDatabase &connection)
{
    QSqlDriver *driver = connection.driver();
    // An object's first word points into its class's virtual table, in the plugin's own image.
    const QString plugin = libraryHolding(*reinterpret_cast<void *const *>(driver));
    if (plugin.isEmpty())
        return nullptr;
    static QLibrary library;   // loaded already: this only takes a reference, kept for the process
    library.setFileName(plugin);
    if (!library.load())
        return nullptr;
    static NativeSqlite::Api api;
    const bool found = resolve(library, "sqlite3_prepare_v2", api.prepare)
                       && resolve(library, "sqlite3_bind_text", api.bindText)
                       && resolve(library, "sqlite3_bind_blob", api.bindBlob)
                       && resolve(library, "sqlite3_bind_int64", api.bindInt64)
                       && resolve(library, "sqlite3_bind_double", api.bindDouble)
                       && resolve(library, "sqlite3_bind_null", api.bindNull)
                       && resolve(library, "sqlite3_step", api.step) && resolve(library, "sqlite3_reset", api.reset)
                       && resolve(library, "sqlite3_finalize", api.finalize)
                       && resolve(library, "sqlite3_errmsg", api.errorMessage)
                       && resolve(library, "sqlite3_extended_errcode", api.extendedErrorCode)
                       && resolve(library, "sqlite3_libversion", api.libraryVersion);
    if (!found || connectionVersion(connection) != QByteArray(api.libraryVersion()))
        return nullptr;
    return &api;
}

} // namespace

const NativeSqlite::Api *NativeSqlite::api(const QSqlDatabase &connection)
{
    if (qEnvironmentVariableIsSet("DOTPHA_NO_NATIVE_SQLITE"))
        return nullptr;   // to measure and test the portable path
    static const Api *const loaded = connection.driver() ? load(connection) : nullptr;
    return loaded && handle(connection) ? loaded : nullptr;
}

void *NativeSqlite::handle(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<void *const *>(handle.constData());
}

} // namespace dotpha
