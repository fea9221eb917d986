#include "DatabaseSession.h"
#include "DecisionDialog.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "ProgressEntryDialog.h"
#include "ProgressMenu.h"
#include "ProgressNoteRepository.h"
#include "PromptScript.h"
#include "ReviewMenu.h"
#include "SignInAs.h"
#include "TaskEditorDialog.h"
#include "TaskRepository.h"
#include "TaskService.h"
#include "TemporaryDatabase.h"
#include "TestBackend.h"
#include "TestData.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

// Another program holding the database file's write lock, as a copy, an antivirus or a second
// Dotpha stuck mid-save does, until released.
class FileHeldByAnotherProgram
{
public:
    explicit FileHeldByAnotherProgram(const QString &path)
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, Connection);
        other.setDatabaseName(path);
        EXPECT_TRUE(other.open());
        EXPECT_TRUE(QSqlQuery(other).exec(u"BEGIN EXCLUSIVE"_s));
    }
    ~FileHeldByAnotherProgram() { release(); }

    void release()
    {
        if (!QSqlDatabase::contains(Connection))
            return;
        {
            QSqlDatabase other = QSqlDatabase::database(Connection);
            QSqlQuery(other).exec(u"ROLLBACK"_s);
            other.close();
        }
        QSqlDatabase::removeDatabase(Connection);
    }

private:
    static constexpr QLatin1StringView Connection{"held by another program"};
};

void clickSave(QDialog &dialog)
{
    child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Save)->click();
}

} // namespace

class SaveFailureKeepsWorkTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto workspace = temporary.open();
        ASSERT_TRUE(workspace);
        TestData data(workspace->repositories());
        const Unit commune = data.addUnit(u"xã Mỹ Bằng"_s);
        draftId = data.addTask(TestData::collectiveTask(commune, u"Chuyển đổi số"_s, QDate::currentDate().year())).id;
        Task approved = TestData::collectiveTask(commune, u"Cải cách hành chính"_s, QDate::currentDate().year());
        approved.status = TaskStatus::Approved;
        approvedId = data.addTask(approved).id;
    }

    void open(MainWindow &window)
    {
        window.setSignIn(signInAs(UserRole::Clerk));
        ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
        ASSERT_TRUE(window.session()->workspace().setLockWait(0));
        window.setYear(QDate::currentDate().year());
    }

    Task stored(MainWindow &window, qint64 id) { return *window.session()->repositories().tasks.find(id); }

    TemporaryDatabase temporary;
    qint64 draftId = 0;
    qint64 approvedId = 0;
};

const QString Typed = u"Chuyển đổi số toàn diện cấp xã"_s;

// A save that fails (here: a file another program holds) keeps the editor open with what was
// typed and the reason above it; once the file is free, Save saves it. The editor used to close
// and report the failure, and the text was gone.
TEST_F(SaveFailureKeepsWorkTest, TheEditorStaysOpenWithTheTextWhenTheSaveFails)
{
    DOTPHA_FILE_ONLY("a file held by another program");
    MainWindow window;
    open(window);
    FileHeldByAnotherProgram held(temporary.path());
    bool stayedOpen = false;
    QString kept;
    QString reason;
    whenOpens<TaskEditorDialog>([&](TaskEditorDialog &editor) {
        auto *title = child<QLineEdit>(editor, u"titleEdit"_s);
        title->clear();
        typeText(title, Typed);
        clickSave(editor);
        stayedOpen = editor.isVisible();
        kept = title->text();
        auto *failure = child<QLabel>(editor, u"saveFailureLabel"_s);
        reason = failure->isVisibleTo(&editor) ? failure->text() : QString();
        held.release();
        clickSave(editor);
    });
    PromptScript script;
    window.selectTask(draftId);
    window.editCurrentTask();
    EXPECT_TRUE(stayedOpen);
    EXPECT_EQ(kept, Typed);
    EXPECT_FALSE(reason.isEmpty());
    EXPECT_TRUE(script.told().isEmpty()) << script.told().join(u'\n').toStdString();
    EXPECT_EQ(stored(window, draftId).title, Typed);
}

TEST_F(SaveFailureKeepsWorkTest, TheProgressEntryStaysOpenWithTheTextWhenTheSaveFails)
{
    DOTPHA_FILE_ONLY("a file held by another program");
    MainWindow window;
    open(window);
    FileHeldByAnotherProgram held(temporary.path());
    bool stayedOpen = false;
    QString kept;
    whenOpens<ProgressEntryDialog>([&](ProgressEntryDialog &dialog) {
        typeText(child<QPlainTextEdit>(dialog, u"noteTextEdit"_s), u"Đã số hóa 70% hồ sơ"_s);
        clickSave(dialog);
        stayedOpen = dialog.isVisible();
        kept = child<QPlainTextEdit>(dialog, u"noteTextEdit"_s)->toPlainText();
        held.release();
        clickSave(dialog);
    });
    PromptScript script;
    window.selectTask(approvedId);
    window.progressMenu()->addEntry(ProgressEntryDialog::Kind::Note);
    EXPECT_TRUE(stayedOpen);
    EXPECT_EQ(kept, u"Đã số hóa 70% hồ sơ"_s);
    EXPECT_TRUE(script.told().isEmpty()) << script.told().join(u'\n').toStdString();
    const Result<QList<ProgressNote>> notes = window.session()->repositories().progressNotes.ofTask(approvedId);
    ASSERT_TRUE(notes);
    ASSERT_EQ(notes->size(), 1);
    EXPECT_EQ(notes->first().text, u"Đã số hóa 70% hồ sơ"_s);
}

// What was typed when a save failed outlives the editor and Dotpha itself: the next time the task
// is opened, even after a restart, the editor offers it back, and one click puts it back and
// saves it. Saved, the draft is gone.
TEST_F(SaveFailureKeepsWorkTest, AFailedSaveLeavesADraftOfferedBackAfterARestart)
{
    DOTPHA_FILE_ONLY("a file held by another program");
    {
        MainWindow window;
        open(window);
        FileHeldByAnotherProgram held(temporary.path());
        whenOpens<TaskEditorDialog>([&](TaskEditorDialog &editor) {
            auto *title = child<QLineEdit>(editor, u"titleEdit"_s);
            title->clear();
            typeText(title, Typed);
            clickSave(editor);
        });
        PromptScript script;
        script.answerQuestion(true);   // closed after all, what was typed thrown away
        window.selectTask(draftId);
        window.editCurrentTask();
        EXPECT_EQ(script.questions().size(), 1);
    }
    MainWindow window;   // Dotpha started again
    open(window);
    bool offered = false;
    whenOpens<TaskEditorDialog>([&](TaskEditorDialog &editor) {
        offered = child<QWidget>(editor, u"draftNotice"_s)->isVisibleTo(&editor);
        child<QPushButton>(editor, u"restoreAndSaveDraftButton"_s)->click();
    });
    window.selectTask(draftId);
    window.editCurrentTask();
    EXPECT_TRUE(offered);
    EXPECT_EQ(stored(window, draftId).title, Typed);

    bool offeredAgain = true;
    whenOpens<TaskEditorDialog>([&](TaskEditorDialog &editor) {
        offeredAgain = child<QWidget>(editor, u"draftNotice"_s)->isVisibleTo(&editor);
    });
    window.editCurrentTask();
    EXPECT_FALSE(offeredAgain);
}

// A draft offered and left aside is not another entry's to replace or forget: note A failed and was
// kept; note B, typed and saved without putting A back, leaves A offered.
TEST_F(SaveFailureKeepsWorkTest, ADraftLeftAsideOutlivesAnotherEntrySaved)
{
    DOTPHA_FILE_ONLY("a file held by another program");
    MainWindow window;
    open(window);
    window.selectTask(approvedId);
    {
        FileHeldByAnotherProgram held(temporary.path());
        whenOpens<ProgressEntryDialog>([](ProgressEntryDialog &dialog) {
            typeText(child<QPlainTextEdit>(dialog, u"noteTextEdit"_s), u"Ghi chú A"_s);
            clickSave(dialog);
        });
        PromptScript script;
        script.answerQuestion(true);
        window.progressMenu()->addEntry(ProgressEntryDialog::Kind::Note);
    }
    whenOpens<ProgressEntryDialog>([](ProgressEntryDialog &dialog) {
        EXPECT_TRUE(child<QWidget>(dialog, u"draftNotice"_s)->isVisibleTo(&dialog));
        typeText(child<QPlainTextEdit>(dialog, u"noteTextEdit"_s), u"Ghi chú B"_s);
        clickSave(dialog);
    });
    window.progressMenu()->addEntry(ProgressEntryDialog::Kind::Note);
    QString offered;
    whenOpens<ProgressEntryDialog>([&](ProgressEntryDialog &dialog) {
        if (child<QWidget>(dialog, u"draftNotice"_s)->isVisibleTo(&dialog)) {
            child<QPushButton>(dialog, u"restoreDraftButton"_s)->click();
            offered = child<QPlainTextEdit>(dialog, u"noteTextEdit"_s)->toPlainText();
        }
        PromptScript script;
        script.answerQuestion(true);
        dialog.reject();
    });
    window.progressMenu()->addEntry(ProgressEntryDialog::Kind::Note);
    EXPECT_EQ(offered, u"Ghi chú A"_s);
}

// A draft of a task a colleague saved since is offered to read first, not to put back and save,
// which would undo their save unseen.
TEST_F(SaveFailureKeepsWorkTest, ADraftOfATaskSavedSinceIsOfferedToReadFirst)
{
    DOTPHA_FILE_ONLY("a file held by another program");
    MainWindow window;
    open(window);
    window.selectTask(draftId);
    {
        FileHeldByAnotherProgram held(temporary.path());
        whenOpens<TaskEditorDialog>([](TaskEditorDialog &editor) {
            auto *title = child<QLineEdit>(editor, u"titleEdit"_s);
            title->clear();
            typeText(title, Typed);
            clickSave(editor);
        });
        PromptScript script;
        script.answerQuestion(true);
        window.editCurrentTask();
    }
    Task colleagues = stored(window, draftId);
    colleagues.expectedResult = u"Đạt 10/12 tiêu chí"_s;
    ASSERT_TRUE(window.session()->tasks().update(colleagues));
    QApplication::processEvents();
    bool saveOffered = true;
    bool readOffered = false;
    whenOpens<TaskEditorDialog>([&](TaskEditorDialog &editor) {
        saveOffered = child<QWidget>(editor, u"restoreAndSaveDraftButton"_s)->isVisibleTo(&editor);
        readOffered = child<QWidget>(editor, u"restoreDraftButton"_s)->isVisibleTo(&editor);
    });
    PromptScript script;
    window.editCurrentTask();
    EXPECT_FALSE(saveOffered);
    EXPECT_TRUE(readOffered);
}

// Was: an adjustment's editor and decision both closed before the save, and a failed save lost
// the edit and the decision's number and reason. The decision dialog now saves: it stays open
// with what was decided, and records it once the file is free.
TEST_F(SaveFailureKeepsWorkTest, AnAdjustmentThatCannotBeSavedStaysInItsDialog)
{
    DOTPHA_FILE_ONLY("a file held by another program");
    MainWindow window;
    window.setSignIn(signInAs(UserRole::Reviewer));
    ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    ASSERT_TRUE(window.session()->workspace().setLockWait(0));
    window.setYear(QDate::currentDate().year());
    window.selectTask(approvedId);
    auto held = std::make_unique<FileHeldByAnotherProgram>(temporary.path());
    bool stayedOpen = false;
    QString told;
    whenOpens<TaskEditorDialog>([&](TaskEditorDialog &editor) {
        auto *result = child<QPlainTextEdit>(editor, u"expectedResultEdit"_s);
        result->clear();
        typeText(result, u"Giảm 50% thời gian giải quyết hồ sơ"_s);
        whenOpens<DecisionDialog>([&](DecisionDialog &dialog) {
            typeText(child<QPlainTextEdit>(dialog, u"reasonEdit"_s), u"Theo đề nghị của xã"_s);
            child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
            stayedOpen = dialog.isVisible();
            told = child<QLabel>(dialog, u"messageLabel"_s)->text();
            held->release();
            child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
        });
        clickSave(editor);
    });
    PromptScript script;
    window.reviewMenu()->updateActions();
    window.reviewMenu()->actionFor(WorkflowPolicy::Action::Adjust)->trigger();
    EXPECT_TRUE(stayedOpen);
    EXPECT_FALSE(told.isEmpty());
    EXPECT_EQ(stored(window, approvedId).expectedResult, u"Giảm 50% thời gian giải quyết hồ sơ"_s);
}
