#pragma once

#include <gtest/gtest.h>

namespace dotpha::test {

// Which storage the suites run on. ctest runs each suite twice: on files, and with
// DOTPHA_TEST_BACKEND=server on the test server (TestServer), where every TemporaryDatabase is a
// database of its own on it. A test of what only a file has (its path, its pages, its backups
// beside it, a second program writing it) says so with DOTPHA_FILE_ONLY.
enum class TestBackend { File, Server };

TestBackend testBackend();

// Skips, on the server run, the whole suite when there is no server (or fails it where one is
// required), with a line saying why.
void addServerEnvironment();

} // namespace dotpha::test

#define DOTPHA_FILE_ONLY(what)                                                                                  \
    do {                                                                                                        \
        if (::dotpha::test::testBackend() == ::dotpha::test::TestBackend::Server)                               \
            GTEST_SKIP() << "run on files only: " << (what);                                                 \
    } while (false)
