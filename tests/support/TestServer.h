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

} // namespace dotpha::test

// Skips the test (or, where a server is required, fails it) when there is no server.
#define DOTPHA_NEEDS_TEST_SERVER()                                                                              \
    do {                                                                                                        \
        if (const QString why = ::dotpha::test::TestServer::missing(); !why.isEmpty()) {                        \
            if (::dotpha::test::TestServer::required())                                                         \
                FAIL() << why.toStdString();                                                                    \
            GTEST_SKIP() << why.toStdString();                                                                  \
        }                                                                                                       \
    } while (false)
