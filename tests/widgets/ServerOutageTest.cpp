#include "DatabaseSession.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "OfflineBanner.h"
#include "PromptScript.h"
#include "ServerListener.h"
#include "SignInAs.h"
#include "TaskEditorDialog.h"
#include "TaskRepository.h"
#include "TaskTableModel.h"
#include "TestData.h"
#include "TestServer.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

constexpr int Patience = 4 * ServerListener::CheckMs;   // against a check that never comes, not a measure

bool bannerShown(MainWindow &window)
{
    auto *banner = window.findChild<OfflineBanner *>(u"offlineBanner"_s);
    return banner && banner->isVisibleTo(&window);
}

QString titleShown(MainWindow &window, qint64 id)
{
    const TaskTableModel &model = window.session()->taskModel();
    const int row = model.rowOf(id);
    return row < 0 ? QString() : model.taskAt(row)->title;
}

} // namespace

// The office server stops while two clerks have Dotpha open and one is typing in the task editor.
// Both windows say so within seconds; Save keeps the editor open with what was typed. Once the
// server is back, the banners go by themselves, Save saves, and the other window shows the change
// without anyone saving again. It used to take over a minute for anything to show, the editor
// closed and lost the text, and the panes stayed as they were until a colleague saved.
TEST(ServerOutage, TwoWindowsSayTheServerIsGoneKeepWhatWasTypedAndCatchUpOnItsReturn)
{
    DOTPHA_NEEDS_TEST_SERVER();
    TemporaryServerDatabase server(TemporaryServerDatabase::Contents::Prepared);
    ASSERT_TRUE(server.ok()) << server.why().toStdString();
    qint64 taskId = 0;
    {
        auto workspace = Workspace::openServer(server.address());
        ASSERT_TRUE(workspace) << workspace.error().message().toStdString();
        TestData data((*workspace)->repositories());
        taskId = data.addCollectiveTask(data.addUnit(u"xã Mỹ Bằng"_s), u"Chợ nông sản"_s).id;
    }
    MainWindow mine;
    MainWindow theirs;
    for (MainWindow *window : {&mine, &theirs}) {
        window->setSignIn(signInAs(UserRole::Clerk));
        ASSERT_TRUE(window->openServer(server.address(), {}));
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
        window->setYear(2021);
        EXPECT_FALSE(bannerShown(*window));
    }

    const QString typed = u"Chợ nông sản an toàn thực phẩm"_s;
    bool bothTold = false;
    bool keptOpen = false;
    QString keptText;
    bool bothBack = false;
    whenOpens<TaskEditorDialog>([&](TaskEditorDialog &editor) {
        if (!server.stopServing())
            return;
        bothTold = QTest::qWaitFor([&] { return bannerShown(mine) && bannerShown(theirs); }, Patience);
        auto *title = child<QLineEdit>(editor, u"titleEdit"_s);
        title->clear();
        typeText(title, typed);
        child<QDialogButtonBox>(editor, u"buttonBox"_s)->button(QDialogButtonBox::Save)->click();
        keptOpen = editor.isVisible();
        keptText = title->text();
        server.serveAgain();
        bothBack = QTest::qWaitFor([&] { return !bannerShown(mine) && !bannerShown(theirs); }, Patience);
        child<QDialogButtonBox>(editor, u"buttonBox"_s)->button(QDialogButtonBox::Save)->click();
    });
    PromptScript script;
    mine.selectTask(taskId);
    mine.editCurrentTask();

    EXPECT_TRUE(bothTold) << "the windows did not say the server was gone";
    EXPECT_TRUE(keptOpen);
    EXPECT_EQ(keptText, typed);
    EXPECT_TRUE(bothBack) << "the windows did not say the server was back";
    EXPECT_TRUE(script.told().isEmpty()) << script.told().join(u'\n').toStdString();
    EXPECT_EQ(mine.session()->repositories().tasks.find(taskId)->title, typed);
    EXPECT_TRUE(QTest::qWaitFor([&] { return titleShown(theirs, taskId) == typed; }, Patience))
        << "the other window shows " << titleShown(theirs, taskId).toStdString();
}
