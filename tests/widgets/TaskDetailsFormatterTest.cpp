#include "ColumnNames.h"
#include "IndicatorRepository.h"
#include "TaskDetailsFormatter.h"
#include "TaskRepository.h"
#include "TemporaryDatabase.h"
#include "TestData.h"
#include "TestServer.h"
#include "UnitRepository.h"
#include "Workspace.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

// An indicator value's note (where the figure comes from, what it counts) is shown with the value
// in the task's progress, where it was recorded and never seen again.
TEST(TaskDetailsFormatterTest, TheProgressShowsTheLatestValuesNote)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    TestData data(workspace->repositories());
    Task task = TestData::collectiveTask(data.addUnit(u"Xã Tân Phú"_s), u"Nâng thu nhập"_s, 2026);
    task.status = TaskStatus::Approved;
    const qint64 taskId = data.addTask(task).id;
    Indicator indicator;
    indicator.taskId = taskId;
    indicator.name = u"Thu nhập bình quân"_s;
    indicator.unitOfMeasure = u"triệu đồng/người/năm"_s;
    const Result<qint64> indicatorId = workspace->repositories().indicators.add(indicator);
    ASSERT_TRUE(indicatorId);
    IndicatorValue value;
    value.indicatorId = *indicatorId;
    value.measuredOn = QDate(2026, 6, 30);
    value.value = 47;
    value.note = u"Theo báo cáo của UBND xã"_s;
    ASSERT_TRUE(workspace->repositories().indicators.addValue(value));
    const QString progress = TaskDetailsFormatter(workspace->repositories()).progress(*workspace->repositories().tasks.find(taskId));
    EXPECT_TRUE(progress.contains(u"Theo báo cáo của UBND xã"_s)) << progress.toStdString();
}

// Was: a task's own history named the task by its number ("việc #3 — Thời hạn") on every line.
TEST(TaskDetailsFormatterTest, TheHistoryNamesTheTasksOwnFieldsWithoutItsNumber)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    TestData data(workspace->repositories());
    Task task = data.addTask(TestData::collectiveTask(data.addUnit(u"Xã Tân Phú"_s), u"Nâng thu nhập"_s, 2026));
    task.deadline = QDate(2026, 10, 31);
    ASSERT_TRUE(workspace->repositories().tasks.update(task));
    const QString history = TaskDetailsFormatter(workspace->repositories()).history(*workspace->repositories().tasks.find(task.id));
    const QString record = ColumnNames::entity(u"task"_s) + u" #"_s + QString::number(task.id);
    EXPECT_FALSE(history.contains(record)) << history.toStdString();
    EXPECT_TRUE(history.contains(ColumnNames::label(u"deadline"_s))) << history.toStdString();
}

// Was: with the server away, the progress page showed a task with no notes, work items or files,
// and nothing said they could not be read. Each section that cannot be read now says why.
TEST(TaskDetailsFormatterTest, ASectionThatCannotBeReadSaysWhyInPlace)
{
    DOTPHA_NEEDS_TEST_SERVER();
    TemporaryServerDatabase server(TemporaryServerDatabase::Contents::Prepared);
    ASSERT_TRUE(server.ok()) << server.why().toStdString();
    auto opened = Workspace::openServer(server.address());
    ASSERT_TRUE(opened) << opened.error().message().toStdString();
    std::unique_ptr<Workspace> workspace = std::move(opened).value();
    TestData data(workspace->repositories());
    Task task = TestData::collectiveTask(data.addUnit(u"Xã Tân Phú"_s), u"Nâng thu nhập"_s, 2026);
    task.status = TaskStatus::Approved;
    task = data.addTask(task);
    ASSERT_TRUE(server.stopServing());

    const QString progress = TaskDetailsFormatter(workspace->repositories()).progress(task);
    // The notes, the work items, the indicators and the files, each under its heading.
    EXPECT_EQ(progress.count(TaskDetailsFormatter::tr("office server")), 4) << progress.toStdString();
    EXPECT_TRUE(progress.contains(u"<h4>"_s + TaskDetailsFormatter::tr("Progress notes").toHtmlEscaped()))
        << progress.toStdString();
}
