#include "ClosedYearRepository.h"
#include "GuiTestHelpers.h"
#include "ReviewMenu.h"
#include "TaskEditorDialog.h"
#include "MainWindow.h"
#include "ProgressMenu.h"
#include "SignInAs.h"
#include "TaskService.h"
#include "TemporaryDatabase.h"
#include "TestData.h"
#include "WorkItemDoneDialog.h"
#include "WorkItemRepository.h"
#include "YearSeal.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

// A commune's task of 2024, approved or still a draft, in a year that may be closed.
class ReadOnlyReasonsTest : public ::testing::Test
{
protected:
    void open(TaskStatus status, bool yearClosed, UserRole role)
    {
        {
            auto workspace = temporary.open();
            ASSERT_TRUE(workspace);
            TestData data(workspace->repositories());
            Task task = TestData::collectiveTask(data.addUnit(u"Xã Tân Phú"_s), u"Chuyển đổi số"_s, Year);
            task.status = status;
            task.expectedResult = u"Hoàn thành số hóa hồ sơ"_s;   // ready to submit, were it offered
            task.deadline = QDate(Year, 12, 31);
            taskId = data.addTask(task).id;
            if (yearClosed) {
                ASSERT_TRUE(workspace->repositories().closedYears.close(Year, u"admin"_s, ScoreThresholds()));
            }
        }
        window.setSignIn(signInAs(role));
        ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
        window.setYear(Year);
        window.selectTask(taskId);
        ASSERT_TRUE(window.currentTask());
    }

    QAction *action(const QString &name)
    {
        auto *found = window.findChild<QAction *>(name);
        EXPECT_TRUE(found) << name.toStdString();
        return found;
    }

    // What a double-click on the task's row opens, as a user would try to open it: the editor,
    // read-only, with the reason it is.
    struct Opened
    {
        bool opened = false;
        QString reason;
        bool anythingEditable = true;
        bool saveOffered = true;
    };
    Opened doubleClickAndRead()
    {
        Opened seen;
        whenOpens<TaskEditorDialog>([&seen](TaskEditorDialog &editor) {
            seen.opened = true;
            auto *reason = editor.findChild<QLabel *>(u"readOnlyReasonLabel"_s);
            seen.reason = reason && reason->isVisibleTo(&editor) ? reason->text() : QString();
            seen.anythingEditable = false;
            for (auto *line : editor.findChildren<QLineEdit *>())
                seen.anythingEditable |= line->isEnabled() && !line->isReadOnly() && line->isVisibleTo(&editor);
            for (auto *text : editor.findChildren<QPlainTextEdit *>())
                seen.anythingEditable |= !text->isReadOnly();
            for (auto *choice : editor.findChildren<QComboBox *>())
                seen.anythingEditable |= choice->isEnabled() && choice->isVisibleTo(&editor);
            auto *buttons = editor.findChild<QDialogButtonBox *>(u"buttonBox"_s);
            seen.saveOffered = buttons->button(QDialogButtonBox::Save) && buttons->button(QDialogButtonBox::Save)->isVisible();
        });
        auto *view = window.findChild<QTableView *>(u"taskView"_s);
        Q_EMIT view->doubleClicked(view->currentIndex());
        return seen;
    }

    static void expectReadOnlyWithReason(const Opened &seen, const QString &reason)
    {
        EXPECT_TRUE(seen.opened) << "the task did not open";
        EXPECT_EQ(seen.reason, reason);
        EXPECT_FALSE(seen.anythingEditable);
        EXPECT_FALSE(seen.saveOffered);
    }

    static constexpr int Year = 2024;
    TemporaryDatabase temporary;
    MainWindow window;
    qint64 taskId = 0;
};

} // namespace

// In a closed year the editors do not open to throw the text away at Save: editing is off, and the
// action and its status tip say why; a double-click shows the task read-only, saying why; so do
// the progress entries.
TEST_F(ReadOnlyReasonsTest, AClosedYearShowsTheTaskReadOnlyAndSaysWhy)
{
    open(TaskStatus::Draft, true, UserRole::Clerk);
    const QString reason = YearSeal::closedMessage(Year);
    QAction *edit = action(u"editTaskAction"_s);
    ASSERT_TRUE(edit);
    EXPECT_FALSE(edit->isEnabled());
    EXPECT_EQ(edit->toolTip(), reason);
    EXPECT_EQ(edit->statusTip(), reason);
    EXPECT_EQ(action(u"deleteTaskAction"_s)->toolTip(), reason);
    expectReadOnlyWithReason(doubleClickAndRead(), reason);
}

TEST_F(ReadOnlyReasonsTest, ProgressInAClosedYearIsOffAndSaysWhy)
{
    open(TaskStatus::Approved, true, UserRole::Clerk);
    window.progressMenu()->updateActions();
    ASSERT_FALSE(window.progressMenu()->actions().isEmpty());
    for (QAction *entry : window.progressMenu()->actions()) {
        if (entry->objectName() == u"attachmentSizeLimitAction"_s)
            continue;   // an administrator's, hidden from the clerk
        if (entry->objectName() == u"attachmentsAction"_s) {
            // A closed year's files are still opened and saved; their dialog says why they stay.
            EXPECT_TRUE(entry->isEnabled());
            continue;
        }
        EXPECT_FALSE(entry->isEnabled()) << entry->text().toStdString();
        EXPECT_EQ(entry->toolTip(), YearSeal::closedMessage(Year)) << entry->text().toStdString();
    }
}

// A clerk on an approved task: F2, Delete and a double-click did nothing, and nothing said why.
TEST_F(ReadOnlyReasonsTest, AnApprovedTaskOpensReadOnlyAndSaysItIsLocked)
{
    open(TaskStatus::Approved, false, UserRole::Clerk);
    const QString reason = TaskService::lockedMessage(*window.currentTask());
    ASSERT_FALSE(reason.isEmpty());
    EXPECT_FALSE(action(u"editTaskAction"_s)->isEnabled());
    EXPECT_EQ(action(u"editTaskAction"_s)->toolTip(), reason);
    expectReadOnlyWithReason(doubleClickAndRead(), reason);
}

// A reviewer's double-click opened the registration for editing, to be refused at Save.
TEST_F(ReadOnlyReasonsTest, AReviewerReadsARegistrationWithoutEditingIt)
{
    open(TaskStatus::Submitted, false, UserRole::Reviewer);
    const Opened seen = doubleClickAndRead();
    EXPECT_TRUE(seen.opened);
    EXPECT_FALSE(seen.reason.isEmpty());
    EXPECT_FALSE(seen.anythingEditable);
    EXPECT_FALSE(seen.saveOffered);
}

// A late amendment is an administrator's decision on a closed year's task: its editor offers no
// "Save and submit for review", which would send the task back into review.
TEST_F(ReadOnlyReasonsTest, TheLateAmendmentsEditorOffersNoSubmission)
{
    open(TaskStatus::Draft, true, UserRole::Administrator);
    bool offered = true;
    whenOpens<TaskEditorDialog>([&offered](TaskEditorDialog &editor) {
        auto *submit = editor.findChild<QPushButton *>(u"submitButton"_s);
        ASSERT_TRUE(submit);
        offered = !submit->isHidden() && submit->isEnabled();
    });
    window.reviewMenu()->updateActions();
    window.reviewMenu()->actionFor(WorkflowPolicy::Action::AmendLate)->trigger();
    EXPECT_FALSE(offered);
}

// A work item done last week is recorded as done then: the day is chosen, today only by default,
// and no later than today.
TEST_F(ReadOnlyReasonsTest, AWorkItemIsMarkedDoneOnTheDayChosen)
{
    const int year = QDate::currentDate().year();
    qint64 taskId = 0;
    {
        auto workspace = temporary.open();
        ASSERT_TRUE(workspace);
        TestData data(workspace->repositories());
        Task task = TestData::collectiveTask(data.addUnit(u"Xã Tân Phú"_s), u"Chuyển đổi số"_s, year);
        task.status = TaskStatus::Approved;
        taskId = data.addTask(task).id;
        WorkItem item;
        item.taskId = taskId;
        item.title = u"Số hóa hồ sơ đảng viên"_s;
        ASSERT_TRUE(workspace->repositories().workItems.add(item));
    }
    window.setSignIn(signInAs(UserRole::Clerk));
    ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    window.setYear(year);
    window.selectTask(taskId);
    const QDate lastWeek = QDate::currentDate().addDays(-7);
    QDate latestOffered;
    whenOpens<WorkItemDoneDialog>([&](WorkItemDoneDialog &dialog) {
        auto *date = dialog.findChild<QDateEdit *>(u"doneDateEdit"_s);
        ASSERT_TRUE(date);
        EXPECT_EQ(date->date(), QDate::currentDate());
        latestOffered = date->maximumDate();
        date->setDate(lastWeek);
        dialog.accept();
    });
    window.progressMenu()->updateActions();
    QAction *markDone = window.progressMenu()->findChild<QAction *>(u"markWorkItemDoneAction"_s);
    ASSERT_TRUE(markDone && markDone->isEnabled());
    markDone->trigger();
    EXPECT_EQ(latestOffered, QDate::currentDate());
    const QList<WorkItem> items = *window.session()->repositories().workItems.ofTask(taskId);
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.constFirst().doneOn, lastWeek);
}

// Was: the review actions the task's state does not allow were greyed out with nothing saying why.
TEST_F(ReadOnlyReasonsTest, ReviewActionsTheTaskDoesNotAllowSayWhy)
{
    open(TaskStatus::Approved, false, UserRole::Reviewer);
    window.reviewMenu()->updateActions();
    QAction *approve = window.reviewMenu()->actionFor(WorkflowPolicy::Action::Approve);
    QAction *rate = window.reviewMenu()->actionFor(WorkflowPolicy::Action::Rate);
    ASSERT_TRUE(approve && rate);
    EXPECT_FALSE(approve->isEnabled());
    EXPECT_FALSE(approve->toolTip().isEmpty());
    EXPECT_EQ(approve->statusTip(), approve->toolTip());
    EXPECT_TRUE(rate->isEnabled());
    EXPECT_TRUE(rate->statusTip().isEmpty());
}

TEST_F(ReadOnlyReasonsTest, InAClosedYearTheReviewActionsSayTheYearIsClosed)
{
    open(TaskStatus::Approved, true, UserRole::Reviewer);
    window.reviewMenu()->updateActions();
    QAction *rate = window.reviewMenu()->actionFor(WorkflowPolicy::Action::Rate);
    ASSERT_TRUE(rate);
    EXPECT_FALSE(rate->isEnabled());
    EXPECT_EQ(rate->toolTip(), YearSeal::closedMessage(Year));
}
