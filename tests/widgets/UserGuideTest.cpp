#include "AppSettings.h"
#include "DocumentDetailsDialog.h"
#include "MainWindow.h"
#include "NewDatabaseDialog.h"
#include "PersonFormDialog.h"
#include "SignInAs.h"
#include "TaskEditorDialog.h"
#include "TemporaryDatabase.h"
#include "UnitFormDialog.h"
#include "UserFormDialog.h"
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

// F1 in each form that asks before discarding opens the guide at the form's section, in both
// languages.
TEST(UserGuideTest, F1InEachFormOpensItsSection)
{
    for (const QString &language : {u"vi"_s, u"en"_s}) {
        ASSERT_TRUE(Translations::install(language));
        const auto backToEnglish = qScopeGuard([] { Translations::install(u"en"_s); });
        AppSettings settings;
        UnitFormDialog unit({});
        PersonFormDialog person({});
        UserFormDialog account(UserFormDialog::Mode::Add, User(), UserFormDialog::PasswordKeeper::Dotpha,
                               [](const User &, const QString &) { return Status(); });
        NewDatabaseDialog database;
        DocumentDetailsDialog document(settings);
        const QList<std::pair<QDialog *, QString>> forms{
            {&unit, language == u"vi"_s ? u"Đơn vị, cán bộ và lĩnh vực"_s : u"Units, people and fields"_s},
            {&person, language == u"vi"_s ? u"Đơn vị, cán bộ và lĩnh vực"_s : u"Units, people and fields"_s},
            {&account, language == u"vi"_s ? u"Đăng nhập và tài khoản"_s : u"Signing in and accounts"_s},
            {&database, language == u"vi"_s ? u"Lần đầu mở"_s : u"First start"_s},
            {&document, language == u"vi"_s ? u"Tổng hợp và in báo cáo"_s : u"Summary and printed documents"_s}};
        for (const auto &[form, heading] : forms) {
            form->show();
            QTest::keyClick(form, Qt::Key_F1);
            UserGuideWindow *guide = openGuide();
            ASSERT_TRUE(guide) << form->metaObject()->className();
            EXPECT_EQ(guide->currentHeading(), heading) << form->metaObject()->className();
            guide->close();
            form->hide();
        }
    }
}
