#include "IndicatorRepository.h"
#include "IndicatorSentence.h"
#include "ProgressNoteRepository.h"
#include "ServiceFixture.h"
#include "WorkItemRepository.h"

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

using ProgressServiceTest = ServiceFixture;

TEST_F(ProgressServiceTest, ANoteWithAPercentSetsTheTasksProgress)
{
    approveTask();
    const ProgressNote note{0, task.id, QDate(2021, 6, 30), 45, u"Hoàn thành 5/12 tiêu chí"_s, std::nullopt, 0};
    ASSERT_TRUE(progress->addNote(clerk, note).ok());
    EXPECT_EQ(reread(task.id).progressPercent, 45);
    const ProgressNote words{0, task.id, QDate(2021, 7, 15), std::nullopt, u"Họp dân bàn cách làm"_s, std::nullopt, 0};
    ASSERT_TRUE(progress->addNote(clerk, words).ok());
    EXPECT_EQ(reread(task.id).progressPercent, 45);
    EXPECT_EQ(workspace->repositories().progressNotes.ofTask(task.id)->size(), 2);
}

TEST_F(ProgressServiceTest, ProgressIsLoggedOnApprovedTasksByThoseWhoMay)
{
    const ProgressNote note{0, task.id, QDate(2021, 6, 30), 45, u"Sớm quá"_s, std::nullopt, 0};
    EXPECT_EQ(progress->addNote(clerk, note).error().kind(), Error::Kind::Refused);   // still a draft
    approveTask();
    EXPECT_EQ(progress->addNote(reviewer, note).error().kind(), Error::Kind::Refused);
    EXPECT_TRUE(progress->addNote(administrator, note).ok());
    ProgressNote empty = note;
    empty.text.clear();
    empty.percent.reset();
    EXPECT_EQ(progress->addNote(clerk, empty).error().kind(), Error::Kind::Validation);
}

TEST_F(ProgressServiceTest, WorkItemsAreDoneAndUndone)
{
    approveTask();
    const Result<qint64> id = progress->addWorkItem(clerk, WorkItem{0, task.id, 1, u"Làm đường trục xã"_s,
                                                                      QDate(2021, 9, 30), QDate(), 0});
    ASSERT_TRUE(id.ok());
    WorkItem item = workspace->repositories().workItems.ofTask(task.id)->first();
    const Result<int> done = progress->setWorkItemDone(clerk, item, QDate(2021, 9, 20));
    ASSERT_TRUE(done.ok());
    EXPECT_TRUE(workspace->repositories().workItems.ofTask(task.id)->first().isDone());
    item.version = *done;
    ASSERT_TRUE(progress->setWorkItemDone(clerk, item, QDate()).ok());
    EXPECT_FALSE(workspace->repositories().workItems.ofTask(task.id)->first().isDone());
    EXPECT_EQ(progress->addWorkItem(clerk, WorkItem{0, task.id, 2, u"  "_s, QDate(), QDate(), 0}).error().kind(),
              Error::Kind::Validation);
}

// Was: work items could be added only once a task was approved, though a reviewer returns a
// registration asking for exactly its schedule ("lộ trình từng quý"). A registration still being
// prepared takes its work items and their due dates; one awaiting a decision is frozen; an item is
// marked done only once the task is followed.
TEST_F(ProgressServiceTest, AWorkItemsScheduleIsPlannedAtRegistration)
{
    const WorkItem first{0, task.id, 1, u"Quý I: khảo sát, lập danh sách"_s, QDate(2021, 3, 31), QDate(), 0};
    const Result<qint64> planned = progress->addWorkItem(clerk, first);
    ASSERT_TRUE(planned) << planned.error().message().toStdString();
    WorkItem stored = workspace->repositories().workItems.ofTask(task.id)->first();
    EXPECT_EQ(progress->setWorkItemDone(clerk, stored, QDate(2021, 3, 20)).error().kind(), Error::Kind::Refused);
    ASSERT_TRUE(progress->removeWorkItem(clerk, stored));
    ASSERT_TRUE(progress->addWorkItem(clerk, first));
    EXPECT_EQ(progress->addWorkItem(reviewer, first).error().kind(), Error::Kind::Refused);

    ASSERT_TRUE(review->submit(clerk, task.id).ok());
    EXPECT_EQ(progress->addWorkItem(clerk, first).error().kind(), Error::Kind::Refused) << "awaiting a decision";
}

TEST_F(ProgressServiceTest, IndicatorValuesBelongToTheTasksOwnIndicators)
{
    approveTask();
    const Result<qint64> income = progress->addIndicator(
        clerk, Indicator{0, task.id, u"Thu nhập bình quân"_s, u"triệu đồng/người/năm"_s, 46.0, std::nullopt, 0});
    ASSERT_TRUE(income.ok());
    ASSERT_TRUE(progress->recordValue(clerk, task.id, IndicatorValue{0, *income, QDate(2021, 12, 31), 47.0, {}}).ok());
    const Task other = TestData(workspace->repositories()).addCollectiveTask(unit, u"Việc khác"_s);
    EXPECT_EQ(progress->recordValue(clerk, other.id, IndicatorValue{0, *income, QDate(2021, 12, 31), 1.0, {}}).error().kind(),
              Error::Kind::Refused);   // the other task is a draft
    const Indicator indicator = workspace->repositories().indicators.ofTask(task.id)->first();
    EXPECT_EQ(IndicatorSentence::compose(indicator, *workspace->repositories().indicators.valuesOf(*income)),
              u"47 triệu đồng/người/năm, tăng 1 triệu đồng so với đầu năm"_s);
}

TEST(IndicatorSentence, WritesTheChangeFromTheBaselineAndTheTarget)
{
    const Indicator land{0, 1, u"Quỹ đất"_s, u"m²"_s, 44000.0, 50000.0, 0};
    const QList<IndicatorValue> values{{0, 1, QDate(2021, 6, 30), 45000.0, {}}, {0, 1, QDate(2021, 12, 31), 43500.5, {}}};
    EXPECT_EQ(IndicatorSentence::compose(land, values),
              u"43.500,5 m², giảm 499,5 m² so với đầu năm; mục tiêu 50.000 m²"_s);
    const Indicator count{0, 1, u"Số đầu điểm"_s, u"đầu điểm"_s, std::nullopt, std::nullopt, 0};
    EXPECT_EQ(IndicatorSentence::compose(count, {{0, 1, QDate(2021, 3, 1), 30.0, {}}}), u"30 đầu điểm"_s);
    const Indicator flat{0, 1, u"Tỉ lệ"_s, u"%"_s, 80.0, std::nullopt, 0};
    EXPECT_EQ(IndicatorSentence::compose(flat, {{0, 1, QDate(2021, 3, 1), 80.0, {}}}), u"80%, bằng đầu năm"_s);
    EXPECT_TRUE(IndicatorSentence::compose(flat, {}).isEmpty());
}

TEST_F(ProgressServiceTest, EntriesAreTakenBackWithTheSameChecks)
{
    approveTask();
    ProgressNote note{0, task.id, QDate(2021, 6, 30), 45, u"Nhầm"_s, std::nullopt, 0};
    note.id = *progress->addNote(clerk, note);
    note.version = 1;
    EXPECT_EQ(progress->removeNote(reviewer, note, 0).error().kind(), Error::Kind::Refused);
    ASSERT_TRUE(progress->removeNote(clerk, note, 10).ok());
    EXPECT_EQ(reread(task.id).progressPercent, 10);
    EXPECT_TRUE(workspace->repositories().progressNotes.ofTask(task.id)->isEmpty());

    WorkItem item{0, task.id, 1, u"Đầu điểm nhầm"_s, QDate(), QDate(), 0};
    item.id = *progress->addWorkItem(clerk, item);
    item.version = 1;
    ASSERT_TRUE(progress->removeWorkItem(clerk, item).ok());
    EXPECT_TRUE(workspace->repositories().workItems.ofTask(task.id)->isEmpty());

    Indicator indicator{0, task.id, u"Chỉ tiêu nhầm"_s, u"%"_s, std::nullopt, std::nullopt, 0};
    indicator.id = *progress->addIndicator(clerk, indicator);
    const qint64 value = *progress->recordValue(clerk, task.id, IndicatorValue{0, indicator.id, QDate(2021, 7, 1), 5.0, {}});
    ASSERT_TRUE(progress->removeValue(clerk, task.id, value).ok());
    EXPECT_TRUE(workspace->repositories().indicators.valuesOf(indicator.id)->isEmpty());
    indicator.version = 1;
    ASSERT_TRUE(progress->removeIndicator(clerk, indicator).ok());
    EXPECT_TRUE(workspace->repositories().indicators.ofTask(task.id)->isEmpty());
}
