#pragma once

#include "ServerAddress.h"

#include <QString>

#include <gtest/gtest.h>

namespace dotpha::test {

// The PostgreSQL server the server suites run against: the one libpq's PG* variables name, which
// scripts/test starts as a throwaway cluster with pg_virtualenv. Without one, a server test is
// skipped with a line saying so; with DOTPHA_REQUIRE_SERVER set (as scripts/test sets it, so CI
// never skips), it fails instead.
class TestServer
{
public:
    // Why there is no server to test against; empty when there is one.
    static QString missing();
    static bool required();
    // The server as the environment names it (every part left to libpq).
    static ServerAddress address() { return {}; }
    // The host and port libpq would use, written out, for tests that change one of them.
    static ServerAddress explicitAddress();
};

// A database of its own on the test server, created empty or prepared for Dotpha and dropped
// afterwards (with the connections still open to it), so that tests running at once keep apart.
class TemporaryServerDatabase
{
public:
    // Prepared is a copy of a template prepared once per schema (ServerDatabase::prepare), kept on
    // the server: copying it is much quicker than migrating every test's database.
    enum class Contents { Empty, Prepared };

    explicit TemporaryServerDatabase(Contents contents = Contents::Empty);
    ~TemporaryServerDatabase();
    TemporaryServerDatabase(const TemporaryServerDatabase &) = delete;
    TemporaryServerDatabase &operator=(const TemporaryServerDatabase &) = delete;

    // Empty when it could not be created; why() says why.
    bool ok() const { return m_why.isEmpty(); }
    const QString &why() const { return m_why; }
    // The test server, this database on it.
    ServerAddress address() const;
    // Runs sql on it as the server's superuser; false, with a test failure, when it fails.
    bool run(const QString &sql) const;
    // A lasting outage of this database, as a server stopped or a network cut leaves it: every
    // connection to it is closed and none is let in until serveAgain(). The statements run on the
    // server's maintenance database, since they shut this one.
    bool stopServing() const;
    bool serveAgain() const;

private:
    QString m_name;
    QString m_why;
};

} // namespace dotpha::test

// Skips the test (or, where a server is required, fails it) when there is no server. A test of the
// server's own runs once, in the suites' first run: the second (TestBackend) would only repeat it.
#define DOTPHA_NEEDS_TEST_SERVER()                                                                              \
    do {                                                                                                        \
        if (qEnvironmentVariable("DOTPHA_TEST_BACKEND") == QStringLiteral("server"))                            \
            GTEST_SKIP() << "a test of the server itself, run in the first run of the suite";                 \
        if (const QString why = ::dotpha::test::TestServer::missing(); !why.isEmpty()) {                        \
            if (::dotpha::test::TestServer::required())                                                         \
                FAIL() << why.toStdString();                                                                    \
            GTEST_SKIP() << why.toStdString();                                                                  \
        }                                                                                                       \
    } while (false)
