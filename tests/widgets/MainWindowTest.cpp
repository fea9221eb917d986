#include "MainWindow.h"
#include "SampleData.h"
#include "TemporaryDatabase.h"

#include <QLabel>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

TEST(MainWindow, ShowsTheFileAndTheLatestSummary)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    ASSERT_TRUE(SampleData::load(workspace->repositories()).ok());

    MainWindow window(*workspace);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_TRUE(window.windowTitle().contains(u"test.sqlite"_s));
    const auto *summary = window.findChild<QLabel *>(u"summaryLabel"_s);
    ASSERT_TRUE(summary);
    EXPECT_TRUE(summary->text().startsWith(u"Năm 2021, Ban Thường vụ Huyện ủy Yên Sơn"_s));
    EXPECT_EQ(window.findChild<QLabel *>(u"committeeLabel"_s)->text(), u"Huyện ủy Yên Sơn"_s);
}

TEST(MainWindow, SaysWhenThereAreNoTasks)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    MainWindow window(*workspace);
    EXPECT_FALSE(window.findChild<QLabel *>(u"summaryLabel"_s)->text().isEmpty());
    EXPECT_FALSE(window.findChild<QLabel *>(u"summaryLabel"_s)->text().startsWith(u"Năm"_s));
}
