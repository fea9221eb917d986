#include "DecisionRepository.h"
#include "IndicatorRepository.h"
#include "ProgressNoteRepository.h"
#include "TaskRepository.h"
#include "TaskSnapshot.h"
#include "TemporaryDatabase.h"
#include "TestData.h"
#include "WorkItemRepository.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

class ProgressRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        workspace = temporary.open();
        ASSERT_TRUE(workspace);
        TestData data(workspace->repositories());
        task = data.addCollectiveTask(data.addUnit(u"xã Mỹ Bằng"_s), u"Đô thị loại V"_s);
    }

    Repositories &repositories() { return workspace->repositories(); }

    TemporaryDatabase temporary;
    std::unique_ptr<Workspace> workspace;
    Task task;
};

TEST_F(ProgressRepositoryTest, DecisionsKeepBeforeAndAfter)
{
    Task adjusted = task;
    adjusted.title = u"Đô thị loại V (điều chỉnh)"_s;
    Decision decision;
    decision.taskId = task.id;
    decision.kind = DecisionKind::Adjust;
    decision.decidedOn = QDate(2021, 4, 15);
    decision.number = u"Số 15-QĐ/HU"_s;
    decision.reviewerName = u"Ban Thường vụ"_s;
    decision.reason = u"Sát với thực tiễn"_s;
    decision.before = TaskSnapshot::toJson(task);
    decision.after = TaskSnapshot::toJson(adjusted);
    ASSERT_TRUE(repositories().decisions.add(decision).ok());

    const auto decisions = repositories().decisions.ofTask(task.id);
    ASSERT_TRUE(decisions.ok());
    ASSERT_EQ(decisions->size(), 1);
    const Decision &read = decisions->first();
    EXPECT_EQ(read.kind, DecisionKind::Adjust);
    EXPECT_EQ(read.number, u"Số 15-QĐ/HU"_s);
    EXPECT_EQ(read.decidedOn, QDate(2021, 4, 15));
    EXPECT_TRUE(read.recordedAt.isValid());
    EXPECT_EQ(TaskSnapshot::changedKeys(read.before, read.after), QStringList{u"title"_s});
}

TEST_F(ProgressRepositoryTest, ProgressNotesInDateOrderWithOptionalPercent)
{
    ProgressNoteRepository &notes = repositories().progressNotes;
    ASSERT_TRUE(notes.add(ProgressNote{0, task.id, QDate(2021, 9, 30), 60, u"Quý III"_s, std::nullopt, 0}).ok());
    ASSERT_TRUE(notes.add(ProgressNote{0, task.id, QDate(2021, 3, 31), std::nullopt, u"Quý I"_s, std::nullopt, 0}).ok());
    auto read = notes.ofTask(task.id);
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read->size(), 2);
    EXPECT_EQ(read->at(0).text, u"Quý I"_s);
    EXPECT_FALSE(read->at(0).percent.has_value());
    EXPECT_EQ(read->at(1).percent, 60);

    ProgressNote edited = read->at(1);
    edited.percent = 70;
    ASSERT_TRUE(notes.update(edited).ok());
    EXPECT_FALSE(notes.update(edited).ok());   // stale version
    EXPECT_FALSE(notes.add(ProgressNote{0, task.id, QDate(2021, 1, 1), 101, u"x"_s, std::nullopt, 0}).ok());
}

TEST_F(ProgressRepositoryTest, WorkItemsInPositionOrderAndDoneDates)
{
    WorkItemRepository &items = repositories().workItems;
    ASSERT_TRUE(items.add(WorkItem{0, task.id, 2, u"Làm nhà cho hộ nghèo"_s, QDate(2021, 10, 1), {}, 0}).ok());
    ASSERT_TRUE(items.add(WorkItem{0, task.id, 1, u"Nông thôn mới"_s, {}, {}, 0}).ok());
    auto read = items.ofTask(task.id);
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read->size(), 2);
    EXPECT_EQ(read->at(0).title, u"Nông thôn mới"_s);
    WorkItem done = read->at(1);
    EXPECT_FALSE(done.isDone());
    done.doneOn = QDate(2021, 9, 20);
    ASSERT_TRUE(items.update(done).ok());
    EXPECT_TRUE(items.ofTask(task.id)->at(1).isDone());
    EXPECT_EQ(items.ofTask(task.id)->at(1).dueOn, QDate(2021, 10, 1));
}

TEST_F(ProgressRepositoryTest, IndicatorsWithDatedValues)
{
    IndicatorRepository &indicators = repositories().indicators;
    const Result<qint64> id = indicators.add(
        Indicator{0, task.id, u"Thu nhập bình quân đầu người"_s, u"triệu đồng/người/năm"_s, 46.0, std::nullopt, 0});
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(indicators.addValue(IndicatorValue{0, *id, QDate(2021, 12, 31), 47.0, u"Tăng 1 triệu"_s}).ok());
    ASSERT_TRUE(indicators.addValue(IndicatorValue{0, *id, QDate(2021, 6, 30), 46.5, QString()}).ok());

    const auto read = indicators.ofTask(task.id);
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read->size(), 1);
    EXPECT_EQ(read->first().baseline, 46.0);
    EXPECT_FALSE(read->first().target.has_value());
    const auto values = indicators.valuesOf(*id);
    ASSERT_TRUE(values.ok());
    ASSERT_EQ(values->size(), 2);
    EXPECT_EQ(values->at(0).value, 46.5);
    EXPECT_EQ(values->at(1).note, u"Tăng 1 triệu"_s);

    ASSERT_TRUE(indicators.removeValue(values->at(0).id).ok());
    EXPECT_EQ(indicators.removeValue(values->at(0).id).error().kind(), Error::Kind::NotFound);
}

TEST_F(ProgressRepositoryTest, ARemovedTaskComesBackWithItsRecords)
{
    ASSERT_TRUE(repositories().progressNotes.add(ProgressNote{0, task.id, QDate(2021, 3, 31), 10, u"x"_s, std::nullopt, 0}).ok());
    ASSERT_TRUE(repositories().workItems.add(WorkItem{0, task.id, 1, u"y"_s, {}, {}, 0}).ok());
    ASSERT_TRUE(repositories().tasks.remove(task.id, task.version).ok());
    EXPECT_FALSE(repositories().tasks.find(task.id).ok());
    const Result<int> restored = repositories().tasks.restore(task.id, task.version + 1);
    ASSERT_TRUE(restored.ok());
    EXPECT_TRUE(repositories().tasks.find(task.id).ok());
    EXPECT_EQ(repositories().progressNotes.ofTask(task.id)->size(), 1);
    EXPECT_EQ(repositories().workItems.ofTask(task.id)->size(), 1);
    const auto problems = workspace->integrityProblems();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty());
}
