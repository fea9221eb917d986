#include "FiguresRepository.h"
#include "TemporaryDatabase.h"
#include "TestData.h"
#include "UnitRepository.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

TEST(FiguresRepository, CountsUnitsUnderTheirKindAtRegistration)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    Repositories &repositories = workspace->repositories();
    TestData data(repositories);

    const Unit agency = data.addUnit(u"Phòng Nội vụ"_s, UnitKind::Agency);
    Unit township = data.addUnit(u"thị trấn Tân Bình"_s, UnitKind::Township);
    const Unit commune = data.addUnit(u"xã Mỹ Bằng"_s, UnitKind::Commune);
    const Person secretary = data.addPerson(u"Hoàng Minh Cảnh"_s, commune);

    Task assigned = TestData::collectiveTask(agency, u"Giao"_s);
    assigned.origin = TaskOrigin::Assigned;
    assigned.status = TaskStatus::Approved;
    data.addTask(assigned);
    data.addCollectiveTask(township, u"Thị trấn 1"_s);
    data.addCollectiveTask(township, u"Thị trấn 2"_s);
    data.addCollectiveTask(commune, u"Xã"_s);
    data.addIndividualTask(commune, secretary, u"Cá nhân 1"_s);
    data.addIndividualTask(commune, secretary, u"Cá nhân 2"_s);
    Task rejected = TestData::collectiveTask(commune, u"Bị từ chối"_s);
    rejected.status = TaskStatus::Rejected;
    data.addTask(rejected);
    data.addCollectiveTask(commune, u"Năm sau"_s, 2022);

    // The township becomes a ward after registering: its 2021 tasks still count as a township's.
    township.kind = UnitKind::Ward;
    ASSERT_TRUE(repositories.units.update(township).ok());

    const Result<YearFigures> figures = repositories.figures.figuresOf(2021);
    ASSERT_TRUE(figures.ok()) << describe(figures.error());
    EXPECT_EQ(figures->total, 6);
    EXPECT_EQ(figures->collective, 4);
    EXPECT_EQ(figures->individual, 2);
    EXPECT_EQ(figures->rejected, 1);
    EXPECT_EQ(figures->peopleWithTasks, 1);
    EXPECT_EQ(figures->unitsWithTasks.value(UnitKind::Township), 1);
    EXPECT_EQ(figures->unitsWithTasks.value(UnitKind::Ward), 0);
    EXPECT_EQ(figures->collectiveTasksByUnitKind.value(UnitKind::Township), 2);
    EXPECT_EQ(figures->assigned.units(), 1);
    EXPECT_EQ(figures->assigned.tasks, 1);
    EXPECT_EQ(figures->registered.units(), 2);
    EXPECT_EQ(figures->registered.tasks, 3);
    EXPECT_EQ(figures->byStatus.value(TaskStatus::Draft), 5);
    EXPECT_EQ(figures->byStatus.value(TaskStatus::Approved), 1);
    EXPECT_EQ(figures->byStatus.value(TaskStatus::Rejected), 0);
    EXPECT_EQ(figures->unrated, 6);

    EXPECT_EQ(*repositories.figures.years(), (QList<int>{2021, 2022}));
}
