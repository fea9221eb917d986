#pragma once

#include <QString>

#include <optional>

namespace dotpha {

// Where an office server is, written as libpq writes a connection URI:
// postgresql://[login@]host[:port]/database[?option=value&...], postgres:// too. A part left out
// is left to libpq, which takes it from PGHOST, PGPORT, PGUSER, PGDATABASE or a service file
// (?service=office). A password is never part of it: the server keeps passwords, Dotpha asks.
struct ServerAddress
{
    QString host;
    int port = 0;        // 0: libpq's default
    QString database;
    QString login;
    QString options;     // libpq keywords, "sslmode=require;connect_timeout=5"

    // Whether text names a server rather than a database file.
    static bool isServerAddress(const QString &text);
    // The address text names, or nothing when it is not a valid server address.
    static std::optional<ServerAddress> parse(const QString &text);

    // As the title bar and messages name it: "login@host:port/database", the parts given.
    QString displayName() const;
    // Back as a URI, which parse() reads as this address.
    QString toUri() const;
};

} // namespace dotpha
