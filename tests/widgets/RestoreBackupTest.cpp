#include "AppSettings.h"
#include "AuditRepository.h"
#include "DatabaseSession.h"
#include "FileSnapshot.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "RestoreConfirmationDialog.h"
#include "SignInAs.h"
#include "SignInDialog.h"
#include "TaskRepository.h"
#include "TaskTableModel.h"
#include "TemporaryDatabase.h"
#include "TestData.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
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

QLineEdit *sealEdit(RestoreConfirmationDialog &dialog)
{
    return dialog.findChild<QLineEdit *>(u"sealEdit"_s);
}

void clickRestore(RestoreConfirmationDialog &dialog)
{
    dialog.findChild<QPushButton *>(u"restoreButton"_s)->click();
}

// Signs in on the backup, once asked, as its administrator (the account signInAs made: login and
// password "administrator").
void signInAsAdministratorWhenAsked()
{
    whenOpens<SignInDialog>([](SignInDialog &dialog) {
        for (const auto &[name, text] : {std::pair{u"loginEdit"_s, u"administrator"_s},
                                         std::pair{u"passwordEdit"_s, u"administrator"_s}}) {
            auto *edit = child<QLineEdit>(dialog, name);
            ASSERT_TRUE(edit);
            typeText(edit, text);
        }
        dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
    });
}

// An administrator's window on temporary, open.
void openAsAdministrator(MainWindow &window, const TemporaryDatabase &temporary)
{
    window.setSignIn(signInAs(UserRole::Administrator));
    ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
}

// Answers the confirmation (with the seal field as it was, or as sealTyped when given), then signs
// in on the backup as its administrator (the account signInAs made: login and password
// "administrator").
void confirmAndSignInAsAdministrator(const std::optional<QString> &sealTyped = std::nullopt)
{
    whenOpens<RestoreConfirmationDialog>([sealTyped](RestoreConfirmationDialog &question) {
        if (sealTyped)
            sealEdit(question)->setText(*sealTyped);
        signInAsAdministratorWhenAsked();
        clickRestore(question);
    });
}

QString headOf(MainWindow &window)
{
    return (*window.session()->repositories().audit.head())->code();
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
    whenOpens<RestoreConfirmationDialog>([](RestoreConfirmationDialog &question) {
        // Cancel is the default: Enter alone does not replace the database.
        auto *cancel = question.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Cancel);
        EXPECT_TRUE(cancel->isDefault());
        cancel->click();
    });
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

    whenOpens<RestoreConfirmationDialog>(clickRestore);
    const Status refused = window.restoreBackupFrom(backup);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind(), Error::Kind::Refused);
    EXPECT_EQ(window.session(), open);
    EXPECT_EQ(taskCount(window), 1);
}

// A report printed with the change log's seal 5:… cannot be undone by restoring a backup older than
// it: the window asks for the seal, starting with the one this PC printed, and refuses the backup
// that does not hold it, replacing nothing.
TEST(RestoreBackup, ABackupOlderThanThePrintedSealIsRefused)
{
    TemporaryDatabase temporary;
    MainWindow window;
    openAsAdministrator(window, temporary);
    ASSERT_TRUE(window.session());
    TestData data(window.session()->repositories());
    const Unit unit = data.addUnit(u"xã Mỹ Bằng"_s);
    const QString backup = temporary.pathFor(u"sao-luu.sqlite"_s);
    ASSERT_TRUE(window.session()->workspace().database().backupTo(backup).ok());
    data.addCollectiveTask(unit, u"Việc đã in trong báo cáo"_s);
    const QString printed = headOf(window);
    AppSettings().setPrintedSeal(temporary.path(), printed);
    DatabaseSession *open = window.session();

    QString offered;
    whenOpens<RestoreConfirmationDialog>([&offered](RestoreConfirmationDialog &question) {
        offered = sealEdit(question)->text();
        signInAsAdministratorWhenAsked();
        clickRestore(question);
    });
    const Status refused = window.restoreBackupFrom(backup);
    EXPECT_EQ(offered, printed);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind(), Error::Kind::Refused);
    EXPECT_TRUE(refused.error().message().contains(u"does not hold the seal"_s))
        << refused.error().message().toStdString();
    EXPECT_EQ(window.session(), open);   // never closed
    EXPECT_EQ(taskCount(window), 1);
}

// The seal is the user's to give: emptied, the older backup is restored, as before seals.
TEST(RestoreBackup, AnEmptiedSealLetsTheOlderBackupBack)
{
    TemporaryDatabase temporary;
    MainWindow window;
    openAsAdministrator(window, temporary);
    ASSERT_TRUE(window.session());
    TestData data(window.session()->repositories());
    const Unit unit = data.addUnit(u"xã Mỹ Bằng"_s);
    const QString backup = temporary.pathFor(u"sao-luu.sqlite"_s);
    ASSERT_TRUE(window.session()->workspace().database().backupTo(backup).ok());
    data.addCollectiveTask(unit, u"Việc thêm sau khi sao lưu"_s);
    AppSettings().setPrintedSeal(temporary.path(), headOf(window));

    confirmAndSignInAsAdministrator(QString());
    const Status restored = window.restoreBackupFrom(backup);
    ASSERT_TRUE(restored.ok()) << restored.error().message().toStdString();
    EXPECT_EQ(taskCount(window), 0);
}

// A backup that holds the printed seal (taken after the report) is restored.
TEST(RestoreBackup, ABackupHoldingThePrintedSealIsRestored)
{
    TemporaryDatabase temporary;
    MainWindow window;
    openAsAdministrator(window, temporary);
    ASSERT_TRUE(window.session());
    TestData data(window.session()->repositories());
    const Unit unit = data.addUnit(u"xã Mỹ Bằng"_s);
    data.addCollectiveTask(unit, u"Việc đã in trong báo cáo"_s);
    const QString printed = headOf(window);
    const QString backup = temporary.pathFor(u"sao-luu.sqlite"_s);
    ASSERT_TRUE(window.session()->workspace().database().backupTo(backup).ok());
    data.addCollectiveTask(unit, u"Việc thêm sau khi sao lưu"_s);

    confirmAndSignInAsAdministrator(printed);
    const Status restored = window.restoreBackupFrom(backup);
    ASSERT_TRUE(restored.ok()) << restored.error().message().toStdString();
    EXPECT_EQ(taskCount(window), 1);
}

// A mistyped seal is said in the dialog, which stays open for it to be corrected.
TEST(RestoreBackup, AMistypedSealIsSaidBeforeAnythingHappens)
{
    TemporaryDatabase temporary;
    MainWindow window;
    openAsAdministrator(window, temporary);
    ASSERT_TRUE(window.session());
    const QString backup = temporary.pathFor(u"sao-luu.sqlite"_s);
    ASSERT_TRUE(window.session()->workspace().database().backupTo(backup).ok());

    bool stayedOpen = false;
    QString problem;
    whenOpens<RestoreConfirmationDialog>([&](RestoreConfirmationDialog &question) {
        sealEdit(question)->setText(u"12:xyz"_s);
        clickRestore(question);
        stayedOpen = question.isVisible();
        problem = question.findChild<QLabel *>(u"sealProblemLabel"_s)->text();
    });
    const Status cancelled = window.restoreBackupFrom(backup);
    EXPECT_TRUE(stayedOpen);
    EXPECT_TRUE(problem.contains(u"12:xyz"_s)) << problem.toStdString();
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().kind(), Error::Kind::Cancelled);
}
