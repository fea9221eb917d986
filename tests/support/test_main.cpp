#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

// One main for every suite. A QApplication, because widget tests need one and the others do not
// mind; offscreen unless told otherwise, because gtest_discover_tests runs the binary without a
// display and without the tests' environment.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Dotpha"));
    QApplication::setApplicationName(QStringLiteral("Dotpha tests"));
    // Settings and data folders under ~/.qttest, so tests never touch a user's own.
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
