#include "SignInAs.h"
#include "DatabaseSession.h"
#include "MainWindow.h"
#include "SampleData.h"
#include "TaskTableModel.h"
#include "TemporaryDatabase.h"

#include <QLabel>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

TEST(MainWindow, OpensTheSampleOnItsYear)
{
    TemporaryDatabase temporary;
    {
        auto workspace = temporary.open();
        ASSERT_TRUE(workspace);
        ASSERT_TRUE(SampleData::load(workspace->repositories()).ok());
    }
    MainWindow window;
    window.setSignIn(signInAs(UserRole::Clerk));
    ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_TRUE(window.windowTitle().contains(u"test.sqlite"_s));
    EXPECT_EQ(window.findChild<QLabel *>(u"committeeLabel"_s)->text(), u"Huyện ủy Yên Sơn"_s);
    EXPECT_EQ(window.session()->taskModel().totalCount(), 7);
    EXPECT_EQ(window.session()->taskModel().query().year, 2021);
}
