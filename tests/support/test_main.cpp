#include "TestBackend.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <clocale>
#include <cstdio>
#include <cstring>

namespace {

// Users run Vietnamese Windows: a decimal comma, dates day first. Every suite runs under the
// Vietnamese C locale, which scripts/test generates, so that a number written or read through the
// C library's locale shows up as the bug it is.
bool useVietnameseLocale(int argc, char **argv)
{
    qputenv("LC_ALL", "vi_VN.UTF-8");
    // Windows names the locale its own ways: with the UTF-8 code page (the programs' manifest asks
    // for it), by its tag, or by the older language_country.codepage name of msvcrt.
    for (const char *name : {"vi_VN.UTF-8", "vi-VN.UTF-8", "vi-VN", "Vietnamese_Vietnam.1258"}) {
        if (std::setlocale(LC_ALL, name))
            return true;
    }
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--gtest_list_tests") == 0)
            return true;   // listing the tests at build time needs no locale
    }
    std::fprintf(stderr, "The vi_VN.UTF-8 locale is missing: run scripts/test, which generates it, or "
                         "localedef -i vi_VN -f UTF-8 vi_VN.UTF-8\n");
    return false;
}

} // namespace

// One main for every suite. A QApplication, because widget tests need one and the others do not
// mind; offscreen unless told otherwise, because gtest_discover_tests runs the binary without a
// display and without the tests' environment.
int main(int argc, char **argv)
{
    if (!useVietnameseLocale(argc, argv))
        return 1;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Dotpha"));
    QApplication::setApplicationName(QStringLiteral("Dotpha tests"));
    // Settings and data folders under ~/.qttest, so tests never touch a user's own.
    QStandardPaths::setTestModeEnabled(true);
    // And settings of this process's own: ctest runs each test in a process, two at a time, and a
    // window one test left (a column hidden) must not be the layout another one starts with.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    ::testing::InitGoogleTest(&argc, argv);
    dotpha::test::addServerEnvironment();
    return RUN_ALL_TESTS();
}
