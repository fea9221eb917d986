#include "DatabaseSession.h"
#include "FileChooser.h"
#include "GuiTestHelpers.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "PromptScript.h"
#include "RegistrationImporter.h"
#include "SampleData.h"
#include "SignInAs.h"
#include "TaskRepository.h"
#include "TaskTableModel.h"
#include "TemporaryDatabase.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

// The File menu's import, export and backup, run as a user runs them, with the file dialogs and
// message boxes answered ahead (PromptScript).
class FileActionsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(folder.isValid());
        auto workspace = temporary.open();
        ASSERT_TRUE(workspace);
        ASSERT_TRUE(SampleData::load(workspace->repositories()).ok());
    }

    void open(MainWindow &window, UserRole role)
    {
        window.setSignIn(signInAs(role));
        ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
        window.show();
    }

    // Triggers the File menu's action of that name, as a click on it does.
    static void choose(MainWindow &window, const QString &name)
    {
        auto *action = window.findChild<QAction *>(name);
        ASSERT_TRUE(action) << name.toStdString();
        ASSERT_TRUE(action->isEnabled() && action->isVisible()) << name.toStdString();
        action->trigger();
    }

    QString inFolder(const QString &name) const { return QDir(folder.path()).filePath(name); }

    TemporaryDatabase temporary;
    QTemporaryDir folder;
};

TEST_F(FileActionsTest, ExportsTheYearsRegistrationsAsAWorkbookExcelReads)
{
    MainWindow window;
    open(window, UserRole::Clerk);
    PromptScript script;
    script.answerFile(inFolder(u"dang-ky-2021.xlsx"_s));
    choose(window, u"exportRegistrationsAction"_s);
    EXPECT_EQ(script.unanswered(), 0);
    EXPECT_TRUE(script.told().isEmpty()) << script.told().join(u'\n').toStdString();
    const auto rows = RegistrationImporter::readFile(inFolder(u"dang-ky-2021.xlsx"_s));
    ASSERT_TRUE(rows) << rows.error().message().toStdString();
    EXPECT_EQ(rows->size(), 1 + 7);   // the header and the sample's seven tasks
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(u"7"_s)) << window.statusBar()->currentMessage().toStdString();
}

TEST_F(FileActionsTest, ImportsAFileIntoTheOpenDatabaseAndShowsIt)
{
    QFile csv(inFolder(u"dang-ky.csv"_s));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write(u"Năm,Đơn vị,Tên việc\n2021,xã Mỹ Bằng,Đô thị loại V\n2021,xã Đạo Viện,Đất công ích\n"_s.toUtf8());
    csv.close();
    MainWindow window;
    open(window, UserRole::Clerk);
    // A filter chosen before does not hide what is imported.
    auto *status = window.findChild<QComboBox *>(u"statusFilterCombo"_s);
    ASSERT_TRUE(status);
    status->setCurrentIndex(status->findData(toCode(TaskStatus::Rejected)));
    Q_EMIT status->activated(status->currentIndex());
    ASSERT_EQ(window.session()->taskModel().totalCount(), 0);
    PromptScript script;
    script.answerFile(csv.fileName());
    whenOpensLater<ImportDialog>([](ImportDialog &dialog) {
        QEventLoop loop;
        while (dialog.isPlanning())
            loop.processEvents(QEventLoop::AllEvents, 50);
        dialog.findChild<QCheckBox *>(u"createMissingCheck"_s)->setChecked(true);
        while (dialog.isPlanning())
            loop.processEvents(QEventLoop::AllEvents, 50);
        for (QAbstractButton *button : dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->buttons()) {
            if (button->isEnabled() && !button->text().contains(u"Cancel"_s))
                button->click();
        }
    });
    choose(window, u"importAction"_s);
    EXPECT_EQ(script.unanswered(), 0);
    EXPECT_TRUE(script.told().isEmpty()) << script.told().join(u'\n').toStdString();
    EXPECT_EQ(window.session()->taskModel().totalCount(), 7 + 2);
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(u"2"_s));
}

TEST_F(FileActionsTest, AFileThatIsNotASpreadsheetIsToldByNameAndNothingIsImported)
{
    QFile bad(inFolder(u"hong.xlsx"_s));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("not a zip at all");
    bad.close();
    MainWindow window;
    open(window, UserRole::Clerk);
    PromptScript script;
    script.answerFile(bad.fileName());
    choose(window, u"importAction"_s);
    ASSERT_EQ(script.told().size(), 1);
    EXPECT_TRUE(script.told().constFirst().contains(u"hong.xlsx"_s)) << script.told().constFirst().toStdString();
    EXPECT_EQ(window.session()->taskModel().totalCount(), 7);
}

TEST_F(FileActionsTest, BacksUpToTheChosenFileWhichOpensWithTheSameTasks)
{
    MainWindow window;
    open(window, UserRole::Clerk);
    PromptScript script;
    script.answerFile(inFolder(u"sao-luu.sqlite"_s));
    choose(window, u"backupAction"_s);
    EXPECT_TRUE(script.told().isEmpty()) << script.told().join(u'\n').toStdString();
    ASSERT_TRUE(QFile::exists(inFolder(u"sao-luu.sqlite"_s)));
    auto copy = Workspace::open(inFolder(u"sao-luu.sqlite"_s), Database::Mode::OpenExisting);
    ASSERT_TRUE(copy);
    EXPECT_EQ(*(*copy)->repositories().tasks.count(TaskQuery{}), *window.session()->repositories().tasks.count(TaskQuery{}));
}

// Was: every file dialog opened in the folder Dotpha was started from.
TEST_F(FileActionsTest, EachKindOfFileOpensWhereTheLastOneWasChosen)
{
    QDir(folder.path()).mkpath(u"Đăng ký 2021"_s);
    const QString chosen = inFolder(u"Đăng ký 2021/dang-ky.xlsx"_s);
    MainWindow window;
    open(window, UserRole::Clerk);
    PromptScript script;
    script.answerFile(chosen);
    choose(window, u"exportRegistrationsAction"_s);
    script.answerFile({});   // the template's dialog, cancelled
    choose(window, u"exportTemplateAction"_s);
    script.answerFile({});   // a backup is another kind of file
    choose(window, u"backupAction"_s);
    ASSERT_EQ(script.startPaths().size(), 3);
    EXPECT_EQ(QFileInfo(script.startPaths().at(1)).absolutePath(), QFileInfo(chosen).absolutePath());
    EXPECT_NE(QFileInfo(script.startPaths().at(2)).absolutePath(), QFileInfo(chosen).absolutePath());
    EXPECT_EQ(FileChooser::folder(FileChooser::Kind::Spreadsheet), QFileInfo(chosen).absolutePath());
}
