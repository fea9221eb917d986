#include "CommitteeSettingsRepository.h"
#include "IndicatorRepository.h"
#include "PersonRepository.h"
#include "SampleData.h"
#include "SummaryService.h"
#include "TaskRepository.h"
#include "TemporaryDatabase.h"
#include "TestData.h"
#include "WorkItemRepository.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

class SampleDataTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        workspace = temporary.open();
        ASSERT_TRUE(workspace);
        const Status loaded = SampleData::load(workspace->repositories());
        ASSERT_TRUE(loaded.ok()) << describe(loaded.error());
    }

    Repositories &repositories() { return workspace->repositories(); }

    Task taskTitled(const QString &words)
    {
        TaskQuery query;
        query.searchText = words;
        const auto found = repositories().tasks.list(query);
        EXPECT_TRUE(found.ok() && found->size() == 1) << words.toStdString();
        return found && !found->isEmpty() ? found->first() : Task{};
    }

    TemporaryDatabase temporary;
    std::unique_ptr<Workspace> workspace;
};

TEST_F(SampleDataTest, SummaryFiguresMatchTheUnitsAndLeadersTheArticleNames)
{
    const Result<YearSummary> summary = SummaryService(repositories()).summaryOf(SampleData::Year);
    ASSERT_TRUE(summary.ok());
    const YearFigures &figures = summary->figures;
    EXPECT_EQ(figures.total, 7);
    EXPECT_EQ(figures.collective, 4);
    EXPECT_EQ(figures.individual, 3);
    EXPECT_EQ(figures.peopleWithTasks, 3);
    EXPECT_EQ(figures.assigned.unitsByKind.value(UnitKind::Agency), 1);
    EXPECT_EQ(figures.registered.unitsByKind.value(UnitKind::Commune), 2);
    EXPECT_EQ(figures.registered.tasks, 3);
    EXPECT_EQ(figures.byNature.value(TaskNature::Shortcoming), 2);
    EXPECT_EQ(summary->committeeName, u"Huyện ủy Yên Sơn"_s);
    EXPECT_TRUE(summary->sentence.startsWith(u"Năm 2021, Ban Thường vụ Huyện ủy Yên Sơn đã giao nhiệm vụ đột phá, "
                                             "đổi mới cho 1 cơ quan; 2 xã đã đăng ký thực hiện 3 việc"_s))
        << summary->sentence.toStdString();

    const QJsonObject json = SummaryService::toJson(*summary);
    EXPECT_EQ(json[u"year"_s].toInt(), 2021);
    EXPECT_EQ(json[u"tasks"_s][u"total"_s].toInt(), 7);
    EXPECT_EQ(json[u"units_with_tasks"_s][u"commune"_s].toInt(), 2);
    EXPECT_EQ(json[u"units_with_tasks"_s][u"agency"_s].toInt(), 1);
    EXPECT_EQ(json[u"people_with_tasks"_s].toInt(), 3);
    EXPECT_EQ(json[u"by_status"_s][u"approved"_s].toInt(), 7);
    EXPECT_EQ(json[u"sentence"_s].toString(), summary->sentence);
}

TEST_F(SampleDataTest, KeepsTheArticlesIndicatorsAndWorkItems)
{
    const Task income = taskTitled(u"chi dao thuc hien tieu chi do thi"_s);
    EXPECT_EQ(income.personNameAtRegistration, u"Hoàng Minh Cảnh"_s);
    const auto indicators = repositories().indicators.ofTask(income.id);
    ASSERT_TRUE(indicators.ok() && indicators->size() == 1);
    EXPECT_EQ(indicators->first().unitOfMeasure, u"triệu đồng/người/năm"_s);
    EXPECT_EQ(indicators->first().baseline, 46.0);
    const auto values = repositories().indicators.valuesOf(indicators->first().id);
    ASSERT_TRUE(values.ok() && values->size() == 1);
    EXPECT_EQ(values->first().value, 47.0);

    const Task land = taskTitled(u"dat cong ich 5%"_s);
    EXPECT_EQ(land.positionAtRegistration, u"Chủ tịch UBND xã Đạo Viện"_s);
    EXPECT_EQ(repositories().indicators.ofTask(land.id)->first().baseline, 44000.0);

    const Task deputy = taskTitled(u"pham kien cuong"_s);
    EXPECT_EQ(repositories().workItems.ofTask(deputy.id)->size(), 5);
    EXPECT_TRUE(deputy.content.contains(u"Trên 30 đầu điểm công việc"_s));
}

TEST_F(SampleDataTest, InventsNobody)
{
    QStringList names;
    for (const Person &person : *repositories().people.all())
        names << person.fullName;
    // The people the article names, in the repository's order: by given name.
    EXPECT_EQ(names, (QStringList{u"Hoàng Minh Cảnh"_s, u"Trần Văn Cương"_s, u"Phạm Kiên Cường"_s, u"Đỗ Xuân Hải"_s}));
}

TEST_F(SampleDataTest, IsMarkedAsSample)
{
    EXPECT_TRUE(repositories().settings.load().value()->isSample);
    for (const Task &task : *repositories().tasks.list(TaskQuery{}))
        EXPECT_TRUE(task.isSample) << task.title.toStdString();
}

TEST_F(SampleDataTest, RefusesToLoadTwice)
{
    const Status again = SampleData::load(repositories());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind(), Error::Kind::Refused);
    EXPECT_EQ(*repositories().tasks.count(TaskQuery{}), 7);
}
