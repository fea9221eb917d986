#include "MainWindow.h"
#include "SignInAs.h"
#include "TaskEditorDialog.h"
#include "TemporaryDatabase.h"
#include "Translations.h"
#include "UserGuideWindow.h"
#include "Workspace.h"

#include <QApplication>
#include <QScopeGuard>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

UserGuideWindow *openGuide()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *guide = qobject_cast<UserGuideWindow *>(widget); guide && guide->isVisible())
            return guide;
    }
    return nullptr;
}

} // namespace

// Help ▸ User guide (F1) opens the guide, offline, at the main window's section, in the
// interface's language; its screenshots are there too.
TEST(UserGuideTest, F1InTheMainWindowOpensItsSection)
{
    ASSERT_TRUE(Translations::install(u"vi"_s));
    const auto backToEnglish = qScopeGuard([] { Translations::install(u"en"_s); });
    TemporaryDatabase temporary;
    MainWindow window;
    window.setSignIn(signInAs(UserRole::Clerk));
    ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(u"userGuideAction"_s);
    ASSERT_TRUE(action);
    EXPECT_TRUE(action->shortcuts().contains(QKeySequence(QKeySequence::HelpContents)));
    action->trigger();
    UserGuideWindow *guide = openGuide();
    ASSERT_TRUE(guide);
    EXPECT_EQ(guide->currentHeading(), u"Cửa sổ chính"_s);
    QTextBrowser *browser = guide->findChild<QTextBrowser *>(u"guideBrowser"_s);
    ASSERT_TRUE(browser);
    EXPECT_TRUE(browser->toPlainText().contains(u"Hướng dẫn sử dụng Dotpha"_s));
    EXPECT_FALSE(browser->loadResource(QTextDocument::ImageResource, QUrl(u"images/main-window-vi.png"_s)).isNull());
    guide->close();
}

// F1 in the task editor opens the guide at registering a task.
TEST(UserGuideTest, F1InTheTaskEditorOpensRegistering)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    TaskEditorDialog editor(workspace->repositories());
    editor.setTask(Task{});
    editor.show();
    QTest::keyClick(&editor, Qt::Key_F1);
    UserGuideWindow *guide = openGuide();
    ASSERT_TRUE(guide);
    EXPECT_EQ(guide->currentHeading(), u"Registering a task"_s);
    guide->close();
}
