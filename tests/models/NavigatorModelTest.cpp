#include "ChangeFeed.h"
#include "NavigatorModel.h"
#include "SyntheticDataGenerator.h"
#include "TaskRepository.h"
#include "TaskService.h"
#include "TemporaryDatabase.h"
#include "TestData.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

TEST(NavigatorModel, ListsViewsThenUnitsByKindWithCounts)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    Repositories &repositories = workspace->repositories();
    TestData data(repositories);
    const Unit agency = data.addUnit(u"Phòng Nội vụ"_s, UnitKind::Agency);
    const Unit commune = data.addUnit(u"xã Mỹ Bằng"_s, UnitKind::Commune);
    data.addUnit(u"xã Đạo Viện"_s, UnitKind::Commune);
    const Person secretary = data.addPerson(u"Hoàng Minh Cảnh"_s, commune);
    data.addCollectiveTask(agency, u"Cơ quan"_s);
    data.addCollectiveTask(commune, u"Xã"_s);
    Task submitted = TestData::collectiveTask(commune, u"Chờ duyệt"_s);
    submitted.status = TaskStatus::Submitted;
    data.addTask(submitted);
    data.addIndividualTask(commune, secretary, u"Cá nhân"_s);

    TaskService service(repositories);
    ChangeFeed feed(repositories);
    ASSERT_TRUE(feed.start(nullptr).ok());
    NavigatorModel model(repositories.units, repositories.tasks, feed);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setYear(2021, QDate(2021, 7, 1));

    ASSERT_EQ(model.rowCount(), 8);   // six views, agencies, communes
    EXPECT_EQ(model.index(0, 0).data(NavigatorModel::CountRole).toInt(), 4);
    EXPECT_EQ(model.index(1, 0).data(NavigatorModel::CountRole).toInt(), 1);   // pending approval
    EXPECT_EQ(model.index(4, 0).data(NavigatorModel::CountRole).toInt(), 3);   // collective
    EXPECT_EQ(model.index(5, 0).data(NavigatorModel::CountRole).toInt(), 1);   // individual
    const QModelIndex communes = model.index(7, 0);
    EXPECT_TRUE(communes.data().toString().startsWith(u"Commune"_s) || communes.data().toString().startsWith(u"Xã"_s));
    ASSERT_EQ(model.rowCount(communes), 2);
    EXPECT_EQ(model.index(0, 0, communes).data().toString(), u"xã Đạo Viện (0)"_s);
    EXPECT_EQ(model.index(1, 0, communes).data().toString(), u"xã Mỹ Bằng (3)"_s);

    const TaskQuery unitQuery = model.queryFor(model.index(1, 0, communes), TaskQuery{});
    EXPECT_EQ(unitQuery.unitId, commune.id);
    EXPECT_EQ(unitQuery.year, 2021);
    EXPECT_EQ(*repositories.tasks.count(unitQuery), 3);

    // A committed change updates the counts in place.
    ASSERT_TRUE(service.add(TestData::collectiveTask(commune, u"Thêm"_s)).ok());
    EXPECT_EQ(model.index(1, 0, communes).data(NavigatorModel::CountRole).toInt(), 4);
    EXPECT_EQ(model.index(0, 0).data(NavigatorModel::CountRole).toInt(), 5);
}

// Each entry's count is what choosing it lists: on generated tasks of every status and kind, some
// behind schedule on the day asked about, and one in the recycle bin.
TEST(NavigatorModel, EveryEntryCountsWhatChoosingItLists)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    Repositories &repositories = workspace->repositories();
    ASSERT_TRUE(SyntheticDataGenerator(repositories).generate(400, 7).ok());
    TaskQuery ofTheYear;
    ofTheYear.year = 2024;
    const Result<QList<Task>> some = repositories.tasks.list(ofTheYear);
    ASSERT_TRUE(some.ok());
    ASSERT_FALSE(some->isEmpty());
    ASSERT_TRUE(repositories.tasks.remove(some->constFirst().id, some->constFirst().version).ok());

    ChangeFeed feed(repositories);
    NavigatorModel model(repositories.units, repositories.tasks, feed);
    model.setYear(2024, QDate(2024, 9, 20));
    int entries = 0;
    int behind = 0;
    int due = 0;
    const std::function<void(const QModelIndex &)> check = [&](const QModelIndex &parent) {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex entry = model.index(row, 0, parent);
            const TaskQuery query = model.queryFor(entry, TaskQuery{});
            const Result<int> listed = repositories.tasks.count(query);
            ASSERT_TRUE(listed.ok());
            EXPECT_EQ(entry.data(NavigatorModel::CountRole).toInt(), *listed) << entry.data().toString().toStdString();
            if (query.behindScheduleOn)
                behind = *listed;
            if (query.due)
                due = *listed;
            ++entries;
            check(entry);
        }
    };
    check({});
    EXPECT_GT(entries, 10);
    EXPECT_GT(behind, 0);
    EXPECT_GT(due, 0) << "the generated year has tasks falling due at the end of September";
}
