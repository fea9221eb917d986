#include "DatabaseSession.h"
#include "GuiTestHelpers.h"
#include "DecisionDialog.h"
#include "DecisionRepository.h"
#include "EnumNames.h"
#include "MainWindow.h"
#include "OutsideDotpha.h"
#include "ProgressEntryDialog.h"
#include "ProgressMenu.h"
#include "ProgressNoteRepository.h"
#include "PromptScript.h"
#include "ReviewMenu.h"
#include "SignInAs.h"
#include "TaskEditorDialog.h"
#include "TaskRepository.h"
#include "TaskTableModel.h"
#include "TemporaryDatabase.h"
#include "TestData.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

void clickOk(QDialog &dialog)
{
    child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
}

} // namespace

class ReviewWorkflowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto workspace = temporary.open();
        ASSERT_TRUE(workspace);
        TestData data(workspace->repositories());
        const Unit commune = data.addUnit(u"xã Mỹ Bằng"_s, UnitKind::Commune);
        Task draft = TestData::collectiveTask(commune, u"Xây dựng xã đạt chuẩn đô thị loại V"_s, QDate::currentDate().year());
        draft.expectedResult = u"Đạt 10/12 tiêu chí"_s;
        draft.deadline = QDate(QDate::currentDate().year(), 12, 31);
        taskId = data.addTask(draft).id;
    }

    void signInAs(MainWindow &window, UserRole role)
    {
        window.setSignIn(dotpha::test::signInAs(role));
        window.switchUser();
        ASSERT_EQ(window.session()->user().role, role);
        window.selectTask(taskId);
        ASSERT_EQ(window.currentTask()->id, taskId);
    }

    Task stored(MainWindow &window) { return *window.session()->repositories().tasks.find(taskId); }

    TemporaryDatabase temporary;
    qint64 taskId = 0;
};

// One registration from draft through submission, approval, adjustment, progress and rating,
// each step by the role whose work it is, through the menus and dialogs a user would use.
TEST_F(ReviewWorkflowTest, DraftToApprovalAdjustmentProgressAndRating)
{
    MainWindow window;
    window.setSignIn(dotpha::test::signInAs(UserRole::Clerk));
    ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    window.selectTask(taskId);
    ReviewMenu &review = *window.reviewMenu();

    // The clerk sees Submit, not the reviewers' decisions, and submits.
    review.updateActions();
    EXPECT_TRUE(review.actionFor(WorkflowPolicy::Action::Submit)->isVisible());
    EXPECT_FALSE(review.actionFor(WorkflowPolicy::Action::Approve)->isVisible());
    review.actionFor(WorkflowPolicy::Action::Submit)->trigger();
    ASSERT_EQ(stored(window).status, TaskStatus::Submitted);

    // The reviewer approves with a decision number.
    signInAs(window, UserRole::Reviewer);
    EXPECT_FALSE(window.editAction()->isVisible());
    whenOpens<DecisionDialog>([](DecisionDialog &dialog) {
        typeText(child<QLineEdit>(dialog, u"numberEdit"_s), u"Số 15-QĐ/HU"_s);
        clickOk(dialog);
    });
    review.actionFor(WorkflowPolicy::Action::Approve)->trigger();
    ASSERT_EQ(stored(window).status, TaskStatus::Approved);

    // Approved, the task is locked for the clerk.
    signInAs(window, UserRole::Clerk);
    EXPECT_TRUE(window.editAction()->isVisible());
    EXPECT_FALSE(window.editAction()->isEnabled());

    // The reviewer adjusts the expected result; the decision needs its reason.
    signInAs(window, UserRole::Reviewer);
    bool reasonAsked = false;
    whenOpens<TaskEditorDialog>([&reasonAsked](TaskEditorDialog &editor) {
        auto *result = child<QPlainTextEdit>(editor, u"expectedResultEdit"_s);
        result->clear();
        typeText(result, u"Đạt 12/12 tiêu chí"_s);
        whenOpens<DecisionDialog>([&reasonAsked](DecisionDialog &dialog) {
            clickOk(dialog);   // without a reason: refused, the dialog stays
            reasonAsked = dialog.isVisible() && child<QLabel>(dialog, u"messageLabel"_s)->isVisible();
            typeText(child<QPlainTextEdit>(dialog, u"reasonEdit"_s), u"Theo đề nghị của Đảng ủy xã"_s);
            clickOk(dialog);
        });
        child<QDialogButtonBox>(editor, u"buttonBox"_s)->button(QDialogButtonBox::Save)->click();
    });
    review.actionFor(WorkflowPolicy::Action::Adjust)->trigger();
    EXPECT_TRUE(reasonAsked);
    ASSERT_EQ(stored(window).expectedResult, u"Đạt 12/12 tiêu chí"_s);
    child<QTabWidget>(window, u"detailTabs"_s)->setCurrentIndex(1);   // the decisions, as a click on their tab
    const QString decisions = child<QTextBrowser>(window, u"decisionsBrowser"_s)->toPlainText();
    EXPECT_TRUE(decisions.contains(u"Đạt 10/12 tiêu chí"_s)) << decisions.toStdString();
    EXPECT_TRUE(decisions.contains(u"Đạt 12/12 tiêu chí"_s));
    EXPECT_TRUE(decisions.contains(u"Theo đề nghị của Đảng ủy xã"_s));

    // The clerk logs progress: the note's percent becomes the task's.
    signInAs(window, UserRole::Clerk);
    whenOpens<ProgressEntryDialog>([](ProgressEntryDialog &dialog) {
        child<QSpinBox>(dialog, u"percentSpin"_s)->setValue(60);
        typeText(child<QPlainTextEdit>(dialog, u"noteTextEdit"_s), u"Hoàn thành 7/12 tiêu chí"_s);
        child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Save)->click();
    });
    window.progressMenu()->updateActions();
    window.progressMenu()->actions().first()->trigger();
    EXPECT_EQ(stored(window).progressPercent, 60);
    // A mistaken entry is taken back with Ctrl+Z, and comes back with Ctrl+Shift+Z.
    window.session()->undoStack().undo();
    EXPECT_EQ(stored(window).progressPercent, 0);
    EXPECT_TRUE(window.session()->repositories().progressNotes.ofTask(taskId)->isEmpty());
    window.session()->undoStack().redo();
    EXPECT_EQ(stored(window).progressPercent, 60);
    EXPECT_EQ(window.session()->repositories().progressNotes.ofTask(taskId)->size(), 1);

    // The reviewer scores it at year end; 74 points suggest "good" (70-89), which is kept.
    signInAs(window, UserRole::Reviewer);
    whenOpens<DecisionDialog>([](DecisionDialog &dialog) {
        child<QSpinBox>(dialog, u"scoreSpin"_s)->setValue(74);
        EXPECT_EQ(child<QComboBox>(dialog, u"ratingCombo"_s)->currentData().toInt(), int(Rating::Good));
        typeText(child<QPlainTextEdit>(dialog, u"assessmentEdit"_s), u"Hoàn thành tốt"_s);
        clickOk(dialog);
    });
    review.actionFor(WorkflowPolicy::Action::Rate)->trigger();
    EXPECT_EQ(stored(window).rating, Rating::Good);
    EXPECT_EQ(stored(window).score, 74);

    const QList<Decision> recorded = *window.session()->repositories().decisions.ofTask(taskId);
    QList<DecisionKind> kinds;
    for (const Decision &decision : recorded)
        kinds << decision.kind;
    EXPECT_EQ(kinds, (QList<DecisionKind>{DecisionKind::Approve, DecisionKind::Adjust, DecisionKind::Rate}));
    EXPECT_EQ(recorded.first().number, u"Số 15-QĐ/HU"_s);
    EXPECT_EQ(recorded.first().reviewerName, u"REVIEWER"_s);

    // The history names who did each step.
    child<QTabWidget>(window, u"detailTabs"_s)->setCurrentIndex(4);
    const QString history = child<QTextBrowser>(window, u"historyBrowser"_s)->toPlainText();
    EXPECT_TRUE(history.contains(u"CLERK"_s));
    EXPECT_TRUE(history.contains(u"REVIEWER"_s));
    EXPECT_TRUE(history.contains(u"Đạt 12/12 tiêu chí"_s));
}

TEST_F(ReviewWorkflowTest, TheInterfaceHidesWhatARoleMayNotDo)
{
    MainWindow window;
    window.setSignIn(dotpha::test::signInAs(UserRole::Reviewer));
    ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    window.selectTask(taskId);
    window.reviewMenu()->updateActions();
    window.progressMenu()->updateActions();
    EXPECT_FALSE(window.reviewMenu()->actionFor(WorkflowPolicy::Action::Submit)->isVisible());
    EXPECT_TRUE(window.reviewMenu()->actionFor(WorkflowPolicy::Action::Approve)->isVisible());
    EXPECT_FALSE(window.reviewMenu()->actionFor(WorkflowPolicy::Action::Approve)->isEnabled());   // a draft
    EXPECT_FALSE(window.reviewMenu()->actionFor(WorkflowPolicy::Action::CloseYear)->isVisible());
    // The reviewer sees the task's files to rate from, and none of the progress entries.
    EXPECT_TRUE(window.progressMenu()->menuAction()->isVisible());
    for (QAction *entry : window.progressMenu()->actions())
        EXPECT_EQ(entry->isVisible(), entry->objectName() == u"attachmentsAction"_s) << entry->text().toStdString();
    EXPECT_FALSE(window.editAction()->isVisible());

    signInAs(window, UserRole::Administrator);
    window.reviewMenu()->updateActions();
    EXPECT_TRUE(window.reviewMenu()->actionFor(WorkflowPolicy::Action::CloseYear)->isVisible());
    EXPECT_FALSE(window.reviewMenu()->actionFor(WorkflowPolicy::Action::Approve)->isVisible());
}

// An administrator closes the year from the Review menu: after confirming, the unfinished
// multi-year task is carried into the next year, and nothing new can be registered in the closed one.
TEST_F(ReviewWorkflowTest, ClosingTheYearCarriesOverAndSealsIt)
{
    const int year = QDate::currentDate().year();
    qint64 multiYearId = 0;
    {
        auto workspace = temporary.open();
        TestData data(workspace->repositories());
        Task multiYear = TestData::collectiveTask(data.addUnit(u"xã Đạo Viện"_s), u"Phát triển kinh tế vùng đồng bào"_s, year);
        multiYear.endYear = year + 2;
        multiYear.status = TaskStatus::Approved;
        multiYear.progressPercent = 40;
        multiYearId = data.addTask(multiYear).id;
    }
    MainWindow window;
    window.setSignIn(dotpha::test::signInAs(UserRole::Administrator));
    ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    window.setYear(year);
    QString question;
    whenOpens<QMessageBox>([&question](QMessageBox &box) {
        question = box.text();
        box.button(QMessageBox::Yes)->click();
    });
    window.reviewMenu()->updateActions();
    window.reviewMenu()->actionFor(WorkflowPolicy::Action::CloseYear)->trigger();
    EXPECT_TRUE(question.contains(QString::number(year + 1))) << question.toStdString();

    TaskQuery next;
    next.year = year + 1;
    const QList<Task> carried = *window.session()->repositories().tasks.list(next);
    ASSERT_EQ(carried.size(), 1);
    EXPECT_EQ(carried.first().continuesTaskId, multiYearId);
    window.setYear(year);
    window.selectTask(multiYearId);
    auto *newCollective = child<QAction>(window, u"newCollectiveAction"_s);
    EXPECT_TRUE(newCollective->isVisible());
    EXPECT_FALSE(newCollective->isEnabled());   // the year is closed
    EXPECT_TRUE(window.editAction()->isVisible());
    EXPECT_FALSE(window.editAction()->isEnabled());

    window.setYear(year + 1);
    window.selectTask(carried.first().id);
    const QString registration = child<QTextBrowser>(window, u"registrationBrowser"_s)->toPlainText();
    EXPECT_TRUE(registration.contains(u"Phát triển kinh tế vùng đồng bào"_s));
    EXPECT_TRUE(registration.contains(QString::number(year))) << registration.toStdString();
}

// A reviewer selects a commune's pending registrations and approves them with one decision; the
// draft among them is left alone.
TEST_F(ReviewWorkflowTest, SeveralSelectedRegistrationsAreApprovedAtOnce)
{
    QList<qint64> submitted;
    {
        auto workspace = temporary.open();
        TestData data(workspace->repositories());
        const Unit commune = data.addUnit(u"xã Kim Phú"_s);
        for (const QString &title : {u"Chuyển đổi số"_s, u"Cải cách hành chính"_s, u"Giải phóng mặt bằng"_s}) {
            Task task = TestData::collectiveTask(commune, title, QDate::currentDate().year());
            task.status = TaskStatus::Submitted;
            submitted << data.addTask(task).id;
        }
    }
    MainWindow window;
    window.setSignIn(dotpha::test::signInAs(UserRole::Reviewer));
    ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    window.setYear(QDate::currentDate().year());
    child<QTableView>(window, u"taskView"_s)->selectAll();
    ASSERT_EQ(window.selectedTasks().size(), 4);
    QString subject;
    whenOpens<DecisionDialog>([&subject](DecisionDialog &dialog) {
        subject = child<QLabel>(dialog, u"taskLabel"_s)->text();
        typeText(child<QLineEdit>(dialog, u"numberEdit"_s), u"Số 20-QĐ/HU"_s);
        clickOk(dialog);
    });
    window.reviewMenu()->updateActions();
    window.reviewMenu()->actionFor(WorkflowPolicy::Action::Approve)->trigger();
    EXPECT_TRUE(subject.contains(u"3"_s)) << subject.toStdString();
    for (const qint64 id : submitted) {
        EXPECT_EQ(window.session()->repositories().tasks.find(id)->status, TaskStatus::Approved);
        EXPECT_EQ(window.session()->repositories().decisions.ofTask(id)->first().number, u"Số 20-QĐ/HU"_s);
    }
    EXPECT_EQ(stored(window).status, TaskStatus::Draft);
}

// A change the trail could not see (made outside Dotpha, without its triggers) leaves the table
// showing a registration as pending that is approved. Approve is then refused; the refusal reads
// the row again, so that the table, the details and the menu say what is stored.
TEST_F(ReviewWorkflowTest, ARefusedDecisionReadsItsRowAgain)
{
    {
        auto workspace = temporary.open();
        Task task = *workspace->repositories().tasks.find(taskId);
        task.status = TaskStatus::Submitted;
        ASSERT_TRUE(workspace->repositories().tasks.update(task));
    }
    MainWindow window;
    window.setSignIn(dotpha::test::signInAs(UserRole::Reviewer));
    ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    window.selectTask(taskId);
    ASSERT_EQ(window.currentTask()->status, TaskStatus::Submitted);

    changeOutsideDotpha(temporary.path(), u"UPDATE task SET status = 'approved', version = version + 1 WHERE id = ?"_s,
                        {taskId});
    PromptScript script;
    whenOpens<DecisionDialog>([](DecisionDialog &dialog) {
        typeText(child<QLineEdit>(dialog, u"numberEdit"_s), u"Số 21-QĐ/HU"_s);
        clickOk(dialog);
    });
    window.reviewMenu()->updateActions();
    window.reviewMenu()->actionFor(WorkflowPolicy::Action::Approve)->trigger();

    ASSERT_EQ(script.told().size(), 1) << script.told().join(u"\n"_s).toStdString();
    ASSERT_EQ(window.currentTask()->id, taskId);
    EXPECT_EQ(window.currentTask()->status, TaskStatus::Approved);
    const TaskTableModel &model = window.session()->taskModel();
    const int row = model.rowOf(taskId);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.index(row, TaskTableModel::Status).data().toString(), EnumNames::name(TaskStatus::Approved));
    window.reviewMenu()->updateActions();
    EXPECT_FALSE(window.reviewMenu()->actionFor(WorkflowPolicy::Action::Approve)->isEnabled());
    EXPECT_TRUE(window.reviewMenu()->actionFor(WorkflowPolicy::Action::Rate)->isEnabled());
}

// Was: a clerk learned that a registration was approved or returned only by looking at it. At the
// next start the window says what was decided since they last looked, and "Seen" puts it away.
TEST_F(ReviewWorkflowTest, AClerkIsToldWhatWasDecidedSinceTheyLastLooked)
{
    {
        auto workspace = temporary.open();
        Task task = *workspace->repositories().tasks.find(taskId);
        task.status = TaskStatus::Submitted;
        ASSERT_TRUE(workspace->repositories().tasks.update(task));
    }
    const auto openAs = [this](MainWindow &window, UserRole role) {
        window.setSignIn(dotpha::test::signInAs(role));
        ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    };
    const auto noticeShown = [](MainWindow &window) {
        auto *notice = window.findChild<QWidget *>(u"decisionNotice"_s);
        return notice && notice->isVisibleTo(&window);
    };
    {
        MainWindow clerk;
        openAs(clerk, UserRole::Clerk);
        EXPECT_FALSE(noticeShown(clerk)) << "nothing decided yet";
    }
    {
        MainWindow reviewer;
        openAs(reviewer, UserRole::Reviewer);
        reviewer.selectTask(taskId);
        whenOpens<DecisionDialog>([](DecisionDialog &dialog) {
            typeText(child<QLineEdit>(dialog, u"numberEdit"_s), u"Số 22-QĐ/HU"_s);
            clickOk(dialog);
        });
        reviewer.reviewMenu()->updateActions();
        reviewer.reviewMenu()->actionFor(WorkflowPolicy::Action::Approve)->trigger();
        ASSERT_EQ(stored(reviewer).status, TaskStatus::Approved);
        EXPECT_FALSE(noticeShown(reviewer)) << "a reviewer is not told of their own decisions";
    }
    {
        MainWindow clerk;
        openAs(clerk, UserRole::Clerk);
        ASSERT_TRUE(noticeShown(clerk));
        const QString told = child<QLabel>(clerk, u"decisionNoticeLabel"_s)->text();
        EXPECT_TRUE(told.contains(u"Xây dựng xã đạt chuẩn đô thị loại V"_s)) << told.toStdString();
        EXPECT_TRUE(told.contains(EnumNames::name(DecisionKind::Approve))) << told.toStdString();
        child<QPushButton>(clerk, u"decisionsSeenButton"_s)->click();
        EXPECT_FALSE(noticeShown(clerk));
    }
    MainWindow clerk;
    openAs(clerk, UserRole::Clerk);
    EXPECT_FALSE(noticeShown(clerk)) << "seen";
}

// A draft plans its work items from the Progress menu; its progress is logged only once approved.
TEST_F(ReviewWorkflowTest, ADraftPlansItsWorkItemsFromTheProgressMenu)
{
    MainWindow window;
    window.setSignIn(dotpha::test::signInAs(UserRole::Clerk));
    ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    window.selectTask(taskId);
    window.progressMenu()->updateActions();
    auto *addWorkItem = window.progressMenu()->findChild<QAction *>(u"addWorkItemAction"_s);
    ASSERT_TRUE(addWorkItem);
    EXPECT_TRUE(addWorkItem->isEnabled());
    EXPECT_FALSE(window.progressMenu()->actions().first()->isEnabled()) << "no progress note on a draft";
}
