#include "DecisionRepository.h"
#include "GuiTestHelpers.h"
#include "TaskEditorDialog.h"
#include "TemporaryDatabase.h"
#include "TestData.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

class TaskEditorDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        workspace = temporary.open();
        ASSERT_TRUE(workspace);
        dialog = std::make_unique<TaskEditorDialog>(workspace->repositories());
        Task fresh;
        fresh.year = 2026;
        dialog->setTask(fresh);
        dialog->show();
    }

    // Esc, and what the question asked then (none when nothing was asked).
    QString pressEscapeAnswering(QMessageBox::StandardButton answer)
    {
        QString asked;
        QTimer::singleShot(0, [&] {
            if (auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = question->text();
                question->button(answer)->click();
            }
        });
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QApplication::processEvents();   // when nothing was asked, the timer runs here and finds no box
        return asked;
    }

    TemporaryDatabase temporary;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<TaskEditorDialog> dialog;
};

} // namespace

// Esc in a task with typed text asks before throwing it away; keeping on goes back to the text.
TEST_F(TaskEditorDialogTest, EscapeAsksBeforeDiscardingWhatWasTyped)
{
    auto *title = child<QLineEdit>(*dialog, u"titleEdit"_s);
    typeText(title, u"Chuyển đổi số"_s);
    EXPECT_FALSE(pressEscapeAnswering(QMessageBox::Cancel).isEmpty());
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(title->text(), u"Chuyển đổi số"_s);
    EXPECT_FALSE(pressEscapeAnswering(QMessageBox::Discard).isEmpty());
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(dialog->result(), QDialog::Rejected);
}

// Nothing typed, nothing asked.
TEST_F(TaskEditorDialogTest, EscapeClosesAnUntouchedTaskAtOnce)
{
    EXPECT_TRUE(pressEscapeAnswering(QMessageBox::Cancel).isEmpty());
    EXPECT_FALSE(dialog->isVisible());
}

// A task over several years is due at the end of its last year: the deadline, while it still is the
// year's end the editor proposed, follows the last year chosen; a date typed by the user stays.
TEST_F(TaskEditorDialogTest, ASeveralYearTaskIsDueAtTheEndOfItsLastYear)
{
    auto *deadline = child<QDateEdit>(*dialog, u"deadlineEdit"_s);
    ASSERT_EQ(deadline->date(), QDate(2026, 12, 31));
    child<QCheckBox>(*dialog, u"multiYearCheck"_s)->setChecked(true);
    child<QSpinBox>(*dialog, u"endYearSpin"_s)->setValue(2028);
    EXPECT_EQ(deadline->date(), QDate(2028, 12, 31));
    child<QCheckBox>(*dialog, u"multiYearCheck"_s)->setChecked(false);
    EXPECT_EQ(deadline->date(), QDate(2026, 12, 31));
    deadline->setDate(QDate(2026, 6, 30));
    child<QCheckBox>(*dialog, u"multiYearCheck"_s)->setChecked(true);
    EXPECT_EQ(deadline->date(), QDate(2026, 6, 30));
}

// Was: a registration returned for revision opened as any draft: the reviewer's reason, which is
// what to revise, was in the decisions tab only. It stands at the top of the editor.
TEST_F(TaskEditorDialogTest, AReturnedTasksReasonStandsAtTheTop)
{
    TestData data(workspace->repositories());
    Task task = TestData::collectiveTask(data.addUnit(u"xã Mỹ Bằng"_s), u"Chợ nông sản"_s, 2026);
    task.status = TaskStatus::Returned;
    task = data.addTask(task);
    Decision returned;
    returned.taskId = task.id;
    returned.kind = DecisionKind::Return;
    returned.decidedOn = QDate(2026, 3, 15);
    returned.number = u"Số 12-TB/HU"_s;
    returned.reviewerName = u"Ban Thường vụ"_s;
    returned.reason = u"Bổ sung lộ trình từng quý"_s;
    ASSERT_TRUE(workspace->repositories().decisions.add(returned));
    TaskEditorDialog editor(workspace->repositories());
    editor.setTask(task);
    editor.show();
    auto *reason = editor.findChild<QLabel *>(u"returnedLabel"_s);
    ASSERT_TRUE(reason);
    EXPECT_TRUE(reason->isVisibleTo(&editor));
    EXPECT_TRUE(reason->text().contains(u"Bổ sung lộ trình từng quý"_s)) << reason->text().toStdString();
    EXPECT_TRUE(reason->text().contains(u"15/03/2026"_s)) << reason->text().toStdString();

    EXPECT_FALSE(dialog->findChild<QLabel *>(u"returnedLabel"_s)->isVisibleTo(dialog.get())) << "a new task's";
}
