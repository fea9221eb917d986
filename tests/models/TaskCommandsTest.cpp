#include "AddTaskCommand.h"
#include "RecordCommands.h"
#include "ReferenceDataService.h"
#include "RemoveTaskCommand.h"
#include "SaveAttempt.h"
#include "TaskRepository.h"
#include "TaskService.h"
#include "TemporaryDatabase.h"
#include "TestData.h"
#include "UnitRepository.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

class TaskCommandsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        workspace = temporary.open();
        ASSERT_TRUE(workspace);
        service = std::make_unique<TaskService>(workspace->repositories());
        unit = TestData(workspace->repositories()).addUnit(u"xã Mỹ Bằng"_s);
        feedback.failed = [this](const Error &error) { failures << error.message(); };
    }

    int taskCount() { return *workspace->repositories().tasks.count(TaskQuery{}); }

    TemporaryDatabase temporary;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<TaskService> service;
    Unit unit;
    CommandFeedback feedback;
    QStringList failures;
    QUndoStack stack;
};

TEST_F(TaskCommandsTest, AddUndoRedoKeepsTheSameTask)
{
    stack.push(new AddTaskCommand(*service, TestData::collectiveTask(unit, u"Đô thị loại V"_s), feedback));
    ASSERT_EQ(taskCount(), 1);
    const qint64 id = workspace->repositories().tasks.list(TaskQuery{})->first().id;
    stack.undo();
    EXPECT_EQ(taskCount(), 0);
    stack.redo();
    EXPECT_EQ(taskCount(), 1);
    EXPECT_EQ(workspace->repositories().tasks.list(TaskQuery{})->first().id, id);
    EXPECT_TRUE(failures.isEmpty());
}

TEST_F(TaskCommandsTest, EditUndoRedo)
{
    const Task before = TestData(workspace->repositories()).addCollectiveTask(unit, u"Cũ"_s);
    Task after = before;
    after.title = u"Mới"_s;
    stack.push(new EditRecordCommand<TaskService, Task>(*service, before, after, u"edit"_s, feedback));
    EXPECT_EQ(service->find(before.id)->title, u"Mới"_s);
    stack.undo();
    EXPECT_EQ(service->find(before.id)->title, u"Cũ"_s);
    stack.redo();
    EXPECT_EQ(service->find(before.id)->title, u"Mới"_s);
    EXPECT_TRUE(failures.isEmpty());
}

TEST_F(TaskCommandsTest, UndoDoesNotOverwriteSomeoneElsesSave)
{
    const Task before = TestData(workspace->repositories()).addCollectiveTask(unit, u"Cũ"_s);
    Task after = before;
    after.title = u"Của tôi"_s;
    stack.push(new EditRecordCommand<TaskService, Task>(*service, before, after, u"edit"_s, feedback));

    auto other = temporary.open();   // another clerk
    Task theirs = *other->repositories().tasks.find(before.id);
    theirs.title = u"Của người khác"_s;
    ASSERT_TRUE(other->repositories().tasks.update(theirs).ok());

    stack.undo();
    ASSERT_EQ(failures.size(), 1);
    EXPECT_EQ(service->find(before.id)->title, u"Của người khác"_s);
    EXPECT_EQ(stack.count(), 0);   // the failed command left the stack
}

TEST_F(TaskCommandsTest, RemoveUndoRestores)
{
    const Task task = TestData(workspace->repositories()).addCollectiveTask(unit, u"Xóa thử"_s);
    stack.push(new RemoveTaskCommand(*service, task, feedback));
    EXPECT_EQ(taskCount(), 0);
    stack.undo();
    EXPECT_EQ(taskCount(), 1);
    EXPECT_EQ(service->find(task.id)->title, u"Xóa thử"_s);
}

TEST_F(TaskCommandsTest, AFailedAddReportsAndLeavesNothing)
{
    stack.push(new AddTaskCommand(*service, TestData::collectiveTask(unit, QString()), feedback));
    EXPECT_EQ(failures.size(), 1);
    EXPECT_EQ(stack.count(), 0);
    EXPECT_EQ(taskCount(), 0);
}

// A form that saves from inside itself is told why its save failed, and stays open with what was
// typed; nothing is shown behind its back. A later undo's failure is shown as any other.
TEST_F(TaskCommandsTest, AFailedSaveIsReturnedToTheFormThatAsked)
{
    SaveAttempt failing(feedback);
    const Status refused = failing.push(stack, new AddTaskCommand(*service, TestData::collectiveTask(unit, QString()),
                                                                  failing.feedback()));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), Error::Kind::Validation);
    EXPECT_TRUE(failures.isEmpty());
    EXPECT_EQ(stack.count(), 0);

    SaveAttempt saving(feedback);
    auto *command = new AddTaskCommand(*service, TestData::collectiveTask(unit, u"Chuyển đổi số"_s), saving.feedback());
    ASSERT_TRUE(saving.push(stack, command));
    const qint64 id = command->taskId();
    Task meanwhile = *workspace->repositories().tasks.find(id);
    meanwhile.title = u"Chuyển đổi số toàn diện"_s;
    ASSERT_TRUE(service->update(meanwhile));   // a colleague's save, which the undo must not remove
    stack.undo();
    EXPECT_EQ(failures.size(), 1);
}

TEST_F(TaskCommandsTest, ReferenceRecordsUndoToo)
{
    ReferenceDataService referenceData(workspace->repositories());
    UnitRepository &units = workspace->repositories().units;
    Unit ward;
    ward.name = u"phường Tân Hà"_s;
    ward.kind = UnitKind::Ward;
    stack.push(new AddRecordCommand<ReferenceDataService, Unit>(referenceData, ward, u"add"_s, feedback));
    EXPECT_EQ(units.all()->size(), 2);
    const qint64 added = units.search(u"tan ha"_s)->first().id;
    stack.undo();
    EXPECT_EQ(units.all()->size(), 1);
    stack.redo();
    Unit stored = units.search(u"tan ha"_s)->first();
    EXPECT_EQ(stored.id, added);   // redone under its own id
    Unit renamed = stored;
    renamed.name = u"phường Tân Hà mới"_s;
    stack.push(new EditRecordCommand<ReferenceDataService, Unit>(referenceData, stored, renamed, u"edit"_s, feedback));
    EXPECT_EQ(units.find(stored.id)->name, u"phường Tân Hà mới"_s);
    stack.undo();
    EXPECT_EQ(units.find(stored.id)->name, u"phường Tân Hà"_s);
    stack.push(new RemoveRecordCommand<ReferenceDataService, Unit>(referenceData, *units.find(stored.id), u"remove"_s,
                                                                     feedback));
    EXPECT_EQ(units.all()->size(), 1);
    stack.undo();
    EXPECT_EQ(units.all()->size(), 2);
    EXPECT_TRUE(units.find(stored.id).ok());   // back under the id other records may name
    EXPECT_TRUE(failures.isEmpty());
}
