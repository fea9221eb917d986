#include "DatabaseSession.h"
#include "FileSnapshot.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "SignInAs.h"
#include "SignInDialog.h"
#include "TaskRepository.h"
#include "TaskTableModel.h"
#include "TemporaryDatabase.h"
#include "TestData.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

int taskCount(MainWindow &window)
{
    return *window.session()->repositories().tasks.count(TaskQuery{});
}

// Answers the confirmation, then signs in on the backup as its administrator (the account
// signInAs made: login and password "administrator").
void confirmAndSignInAsAdministrator()
{
    whenOpens<QMessageBox>([](QMessageBox &question) {
        whenOpens<SignInDialog>([](SignInDialog &dialog) {
            for (const auto &[name, text] : {std::pair{u"loginEdit"_s, u"administrator"_s},
                                             std::pair{u"passwordEdit"_s, u"administrator"_s}}) {
                auto *edit = child<QLineEdit>(dialog, name);
                ASSERT_TRUE(edit);
                typeText(edit, text);
            }
            dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
        });
        question.button(QMessageBox::Yes)->click();
    });
}

} // namespace

// File ▸ Restore a backup: the window closes the file only once the backup passed its checks and
// its administrator signed in, then opens the restored file.
TEST(RestoreBackup, TheWindowRestoresACheckedBackupAndOpensIt)
{
    TemporaryDatabase temporary;
    MainWindow window;
    window.setSignIn(signInAs(UserRole::Administrator));
    ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    TestData data(window.session()->repositories());
    const Unit unit = data.addUnit(u"xã Mỹ Bằng"_s);
    data.addCollectiveTask(unit, u"Đô thị loại V"_s);
    const QString backup = temporary.pathFor(u"sao-luu.sqlite"_s);
    ASSERT_TRUE(window.session()->workspace().database().backupTo(backup).ok());
    data.addCollectiveTask(unit, u"Việc thêm sau khi sao lưu"_s);
    ASSERT_EQ(taskCount(window), 2);

    // The columns as the user left them survive the database closed and opened again (was: the
    // header lost its sections with the model, and the layout saved at exit was the lost one).
    QHeaderView *header = window.findChild<QTableView *>(u"taskView"_s)->horizontalHeader();
    header->setSectionHidden(TaskTableModel::Deadline, true);
    ASSERT_EQ(header->sectionResizeMode(TaskTableModel::Title), QHeaderView::Stretch);

    confirmAndSignInAsAdministrator();
    const Status restored = window.restoreBackupFrom(backup);
    ASSERT_TRUE(restored.ok()) << restored.error().message().toStdString();
    ASSERT_TRUE(window.session());
    EXPECT_EQ(taskCount(window), 1);
    EXPECT_TRUE(header->isSectionHidden(TaskTableModel::Deadline));
    EXPECT_EQ(header->sectionResizeMode(TaskTableModel::Title), QHeaderView::Stretch);
}

TEST(RestoreBackup, DecliningLeavesTheDatabaseOpenAndUnchanged)
{
    TemporaryDatabase temporary;
    MainWindow window;
    window.setSignIn(signInAs(UserRole::Administrator));
    ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    const QString backup = temporary.pathFor(u"sao-luu.sqlite"_s);
    ASSERT_TRUE(window.session()->workspace().database().backupTo(backup).ok());
    DatabaseSession *open = window.session();
    whenOpens<QMessageBox>([](QMessageBox &question) { question.button(QMessageBox::No)->click(); });
    const Status declined = window.restoreBackupFrom(backup);
    ASSERT_FALSE(declined.ok());
    EXPECT_EQ(declined.error().kind(), Error::Kind::Cancelled);
    EXPECT_EQ(window.session(), open);   // not even closed and opened again
}

// Replacing the open database is an administrator's, whatever the backup allows.
TEST(RestoreBackup, AClerkCannotReplaceTheOpenDatabase)
{
    TemporaryDatabase temporary;
    MainWindow window;
    window.setSignIn(signInAs(UserRole::Clerk));
    ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    const QString backup = temporary.pathFor(u"sao-luu.sqlite"_s);
    ASSERT_TRUE(window.session()->workspace().database().backupTo(backup).ok());
    TestData data(window.session()->repositories());
    data.addCollectiveTask(data.addUnit(u"xã Mỹ Bằng"_s), u"Việc thêm sau khi sao lưu"_s);
    DatabaseSession *open = window.session();

    whenOpens<QMessageBox>([](QMessageBox &question) { question.button(QMessageBox::Yes)->click(); });
    const Status refused = window.restoreBackupFrom(backup);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind(), Error::Kind::Refused);
    EXPECT_EQ(window.session(), open);
    EXPECT_EQ(taskCount(window), 1);
}
