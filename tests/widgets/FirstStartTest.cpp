#include "SignInAs.h"
#include "CommitteeSettingsRepository.h"
#include "DatabaseSession.h"
#include "MainWindow.h"
#include "NewDatabaseDialog.h"
#include "ServerConnectDialog.h"
#include "TaskTableModel.h"
#include "TemporaryDatabase.h"
#include "TestData.h"
#include "WelcomeDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

TEST(FirstStart, TheWelcomePageCreatesTheCommitteesDatabase)
{
    QTemporaryDir folder;
    WelcomeDialog welcome(folder.path());
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<NewDatabaseDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog) << "no committee form";
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        EXPECT_FALSE(ok->isEnabled());   // a committee needs a name
        dialog->findChild<QLineEdit *>(u"committeeEdit"_s)->setText(u"Đảng ủy xã Mỹ Bằng"_s);
        dialog->findChild<QLineEdit *>(u"symbolEdit"_s)->setText(u"ĐU"_s);
        ok->click();
    });
    welcome.findChild<QPushButton *>(u"createButton"_s)->click();
    ASSERT_EQ(welcome.result(), QDialog::Accepted);
    ASSERT_TRUE(QFile::exists(welcome.path()));

    auto workspace = Workspace::open(welcome.path(), Database::Mode::OpenExisting);
    ASSERT_TRUE(workspace.ok());
    const auto settings = workspace.value()->repositories().settings.load();
    ASSERT_TRUE(settings.ok() && settings->has_value());
    EXPECT_EQ(settings.value()->committeeName, u"Đảng ủy xã Mỹ Bằng"_s);
    EXPECT_EQ(settings.value()->issuerSymbol, u"ĐU"_s);
}

TEST(FirstStart, TheSampleOpensFromTheWelcomePage)
{
    QTemporaryDir folder;
    WelcomeDialog welcome(folder.path());
    welcome.findChild<QPushButton *>(u"sampleButton"_s)->click();
    ASSERT_EQ(welcome.result(), QDialog::Accepted);
    MainWindow window;
    window.setSignIn(signInAs(UserRole::Clerk));
    ASSERT_TRUE(window.openDatabase(welcome.path()).ok());
    window.setYear(2021);
    EXPECT_EQ(window.session()->taskModel().totalCount(), 7);
}

// An office whose data is on its server connects from the welcome page, in the same dialog as
// File ▸ Connect to the office server; a refusal keeps the welcome page open behind it.
TEST(FirstStart, TheWelcomePageConnectsToTheOfficeServer)
{
    QTemporaryDir folder;
    QList<ServerAddress> tried;
    bool refuse = true;
    WelcomeDialog welcome(folder.path(), [&](const ServerAddress &address, const QString &password) {
        tried << address;
        EXPECT_EQ(password, u"mật khẩu"_s);
        return refuse ? Status(Error(Error::Kind::Refused, u"Sai mật khẩu"_s)) : Status();
    });
    const auto answer = [] {
        auto *dialog = qobject_cast<ServerConnectDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog) << "no server dialog";
        dialog->findChild<QLineEdit *>(u"hostEdit"_s)->setText(u"may-chu"_s);
        dialog->findChild<QLineEdit *>(u"loginEdit"_s)->setText(u"lan"_s);
        dialog->setPassword(u"mật khẩu"_s);
        dialog->accept();
        if (dialog->isVisible())
            dialog->reject();   // refused: the user gives up
    };
    QTimer::singleShot(0, answer);
    welcome.findChild<QPushButton *>(u"serverButton"_s)->click();
    EXPECT_NE(welcome.result(), QDialog::Accepted);
    EXPECT_FALSE(welcome.connectedToServer());

    refuse = false;
    QTimer::singleShot(0, answer);
    welcome.findChild<QPushButton *>(u"serverButton"_s)->click();
    EXPECT_EQ(welcome.result(), QDialog::Accepted);
    EXPECT_TRUE(welcome.connectedToServer());
    ASSERT_EQ(tried.size(), 2);
    EXPECT_EQ(tried.last().host, u"may-chu"_s);
    EXPECT_EQ(tried.last().login, u"lan"_s);
}

TEST(ReadOnlyDatabase, OpensForReadingWithEditingTurnedOff)
{
    TemporaryDatabase temporary;
    {
        auto workspace = temporary.open();
        TestData data(workspace->repositories());
        data.addCollectiveTask(data.addUnit(u"xã Mỹ Bằng"_s), u"Việc chỉ đọc"_s);
    }
    QFile::setPermissions(temporary.path(), QFileDevice::ReadOwner);
    MainWindow window;
    window.setSignIn(signInAs(UserRole::Clerk));
    ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    window.setYear(2021);
    EXPECT_EQ(window.session()->taskModel().totalCount(), 1);
    int editing = 0;
    for (QAction *action : window.findChildren<QAction *>()) {
        const QString text = action->text();
        if ((text.contains(u"task"_s, Qt::CaseInsensitive) && !text.contains(u"Print"_s) && !text.contains(u"Export"_s))
            || text.contains(u"Import"_s)) {
            EXPECT_FALSE(action->isEnabled()) << text.toStdString();
            ++editing;
        }
    }
    EXPECT_GE(editing, 5);   // new collective, new individual, edit, delete, import
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(u"read-only"_s));
    QFile::setPermissions(temporary.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
