#include "SignInAs.h"
#include "DatabaseSession.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "TaskEditorDialog.h"
#include "TaskTableModel.h"
#include "TemporaryDatabase.h"
#include "TestData.h"
#include "TaskRepository.h"
#include "UnitRepository.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

// Runs fill on the editor once it is open (exec() blocks until the dialog closes).
// A failed step closes the editor, so that a broken test fails instead of waiting forever.
void whenEditorOpens(const std::function<void(TaskEditorDialog &)> &fill)
{
    QTimer::singleShot(0, [fill] {
        auto *editor = qobject_cast<TaskEditorDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(editor) << "the task editor did not open";
        fill(*editor);
        if (editor->isVisible())
            editor->reject();
    });
}

// Types into an editable combo box without accents and picks the completer's first suggestion,
// as a clerk would.
void chooseByTyping(QComboBox *combo, const QString &typed)
{
    combo->lineEdit()->clear();
    QTest::keyClicks(combo->lineEdit(), typed);
    QAbstractItemView *popup = combo->completer()->popup();
    ASSERT_TRUE(popup->isVisible()) << "no suggestion for " << typed.toStdString();
    popup->setCurrentIndex(combo->completer()->completionModel()->index(0, 0));
    QTest::keyClick(popup, Qt::Key_Return);
}

void typeInto(QWidget *editor, const QString &text)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->clear();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        plain->clear();
    typeText(editor, text);
}

void save(TaskEditorDialog &editor)
{
    editor.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Save)->click();
}

} // namespace

class MainWindowWorkflowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto workspace = temporary.open();
        ASSERT_TRUE(workspace);
        TestData data(workspace->repositories());
        const Unit commune = data.addUnit(u"xã Mỹ Bằng"_s, UnitKind::Commune);
        data.addPerson(u"Hoàng Minh Cảnh"_s, commune, u"Bí thư Đảng ủy xã"_s);
        data.addUnit(u"xã Đạo Viện"_s, UnitKind::Commune);
    }

    TaskTableModel &tasks(MainWindow &window) { return window.session()->taskModel(); }

    void search(MainWindow &window, const QString &text)
    {
        auto *searchEdit = child<QLineEdit>(window, u"searchEdit"_s);
        searchEdit->clear();
        QTest::keyClicks(searchEdit, text);
        QTRY_COMPARE(tasks(window).query().searchText, text);
    }

    void selectTaskTitled(MainWindow &window, const QString &title)
    {
        auto *view = child<QTableView>(window, u"taskView"_s);
        for (int row = 0; row < tasks(window).rowCount(); ++row) {
            if (tasks(window).taskAt(row)->title == title) {
                view->selectRow(row);
                return;
            }
        }
        ADD_FAILURE() << "no task titled " << title.toStdString();
    }

    TemporaryDatabase temporary;
};

TEST_F(MainWindowWorkflowTest, CreateFindEditUndoRedoAndReopen)
{
    MainWindow window;
    window.setSignIn(signInAs(UserRole::Clerk));
    ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.setYear(2021);

    whenEditorOpens([](TaskEditorDialog &editor) {
        chooseByTyping(child<QComboBox>(editor, u"unitCombo"_s), u"my bang"_s);
        typeInto(child<QLineEdit>(editor, u"titleEdit"_s), u"Xây dựng đô thị loại V"_s);
        typeInto(child<QPlainTextEdit>(editor, u"expectedResultEdit"_s), u"Đạt tiêu chí đô thị loại V"_s);
        save(editor);
    });
    window.newTask(TaskKind::Collective);
    ASSERT_EQ(tasks(window).totalCount(), 1);
    EXPECT_EQ(tasks(window).taskAt(0)->unitNameAtRegistration, u"xã Mỹ Bằng"_s);

    whenEditorOpens([](TaskEditorDialog &editor) {
        EXPECT_TRUE(child<QRadioButton>(editor, u"individualButton"_s)->isChecked());
        chooseByTyping(child<QComboBox>(editor, u"personCombo"_s), u"minh canh"_s);
        typeInto(child<QLineEdit>(editor, u"titleEdit"_s), u"Chỉ đạo các tiêu chí đô thị loại V"_s);
        save(editor);
    });
    window.newTask(TaskKind::Individual);
    ASSERT_EQ(tasks(window).totalCount(), 2);

    // Found without diacritics, by the person's name and by words of the title.
    search(window, u"hoang minh canh"_s);
    ASSERT_EQ(tasks(window).totalCount(), 1);
    const Task individual = *tasks(window).taskAt(0);
    EXPECT_EQ(individual.kind, TaskKind::Individual);
    EXPECT_EQ(individual.personNameAtRegistration, u"Hoàng Minh Cảnh"_s);
    EXPECT_EQ(individual.unitNameAtRegistration, u"xã Mỹ Bằng"_s);   // taken from the person's unit
    EXPECT_EQ(individual.positionAtRegistration, u"Bí thư Đảng ủy xã"_s);
    search(window, u"do thi loai v"_s);
    ASSERT_EQ(tasks(window).totalCount(), 2);

    // Edit, undo, redo.
    selectTaskTitled(window, u"Xây dựng đô thị loại V"_s);
    whenEditorOpens([](TaskEditorDialog &editor) {
        typeInto(child<QLineEdit>(editor, u"titleEdit"_s), u"Xây dựng xã Mỹ Bằng đạt đô thị loại V"_s);
        save(editor);
    });
    window.editCurrentTask();
    search(window, u"dat do thi"_s);
    ASSERT_EQ(tasks(window).totalCount(), 1);
    // An edited row stays where it is, showing the current title, even when it no longer matches.
    QUndoStack &undo = window.session()->undoStack();
    undo.undo();
    EXPECT_EQ(tasks(window).taskAt(0)->title, u"Xây dựng đô thị loại V"_s);
    undo.redo();
    EXPECT_EQ(tasks(window).taskAt(0)->title, u"Xây dựng xã Mỹ Bằng đạt đô thị loại V"_s);
    const qint64 editedId = tasks(window).taskAt(0)->id;

    // Still there after the database is closed and opened again.
    MainWindow reopened;
    reopened.setSignIn(signInAs(UserRole::Clerk));
    ASSERT_TRUE(reopened.openDatabase(temporary.path()).ok());
    reopened.setYear(2021);
    EXPECT_EQ(tasks(reopened).totalCount(), 2);
    const Result<Task> stored = reopened.session()->repositories().tasks.find(editedId);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->title, u"Xây dựng xã Mỹ Bằng đạt đô thị loại V"_s);
}

TEST_F(MainWindowWorkflowTest, DeletingAsksAndCanBeUndone)
{
    {
        auto workspace = temporary.open();
        TestData data(workspace->repositories());
        data.addCollectiveTask(workspace->repositories().units.search(u"dao vien"_s)->first(), u"Việc sẽ xóa"_s);
    }
    MainWindow window;
    window.setSignIn(signInAs(UserRole::Clerk));
    ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    window.setYear(2021);
    selectTaskTitled(window, u"Việc sẽ xóa"_s);
    QTimer::singleShot(0, [] {
        QWidget *question = QApplication::activeModalWidget();
        ASSERT_TRUE(question);
        auto *buttons = question->findChild<QDialogButtonBox *>();
        ASSERT_TRUE(buttons);
        buttons->button(QDialogButtonBox::Yes)->click();
    });
    window.deleteCurrentTask();
    EXPECT_EQ(tasks(window).totalCount(), 0);
    window.session()->undoStack().undo();
    EXPECT_EQ(tasks(window).totalCount(), 1);
}
