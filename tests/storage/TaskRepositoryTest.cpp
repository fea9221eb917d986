#include "FieldRepository.h"
#include "PersonRepository.h"
#include "TaskRepository.h"
#include "UnitRepository.h"
#include "FiguresRepository.h"
#include "TemporaryDatabase.h"
#include "TestData.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

class TaskRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        workspace = temporary.open();
        ASSERT_TRUE(workspace);
        tasks = &workspace->repositories().tasks;
    }

    TemporaryDatabase temporary;
    std::unique_ptr<Workspace> workspace;
    TaskRepository *tasks = nullptr;
};

TEST_F(TaskRepositoryTest, RoundTripsEveryField)
{
    TestData data(workspace->repositories());
    const Unit unit = data.addUnit(u"xã Đạo Viện"_s);
    const Person person = data.addPerson(u"Trần Văn Cương"_s, unit, u"Chủ tịch UBND xã"_s);
    Task task = TestData::collectiveTask(unit, u"Giải quyết dứt điểm đất công ích 5%"_s);
    task.kind = TaskKind::Individual;
    task.takeOwnerSnapshot(unit, &person);
    task.endYear = 2023;
    task.content = u"Rà soát tới từng hộ dân"_s;
    task.objective = u"Thu hồi quỹ đất bị lấn chiếm"_s;
    task.expectedResult = u"44.000 m²"_s;
    task.solutions = u"Phối hợp với UBND huyện"_s;
    task.nature = TaskNature::Shortcoming;
    task.origin = TaskOrigin::Supplemented;
    task.status = TaskStatus::Approved;
    task.progressPercent = 60;
    task.rating = Rating::Good;
    task.assessment = u"Hoàn thành tốt"_s;
    task.isSample = true;

    const Result<qint64> id = tasks->add(task);
    ASSERT_TRUE(id.ok()) << describe(id.error());
    const Result<Task> read = tasks->find(*id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->id, *id);
    EXPECT_EQ(read->version, 1);
    EXPECT_EQ(read->endYear, 2023);
    EXPECT_EQ(read->kind, TaskKind::Individual);
    EXPECT_EQ(read->personId, person.id);
    EXPECT_EQ(read->unitNameAtRegistration, u"xã Đạo Viện"_s);
    EXPECT_EQ(read->unitKindAtRegistration, UnitKind::Commune);
    EXPECT_EQ(read->personNameAtRegistration, u"Trần Văn Cương"_s);
    EXPECT_EQ(read->positionAtRegistration, u"Chủ tịch UBND xã"_s);
    EXPECT_EQ(read->content, task.content);
    EXPECT_EQ(read->objective, task.objective);
    EXPECT_EQ(read->expectedResult, task.expectedResult);
    EXPECT_EQ(read->solutions, task.solutions);
    EXPECT_EQ(read->deadline, QDate(2021, 12, 31));
    EXPECT_EQ(read->nature, TaskNature::Shortcoming);
    EXPECT_EQ(read->origin, TaskOrigin::Supplemented);
    EXPECT_EQ(read->status, TaskStatus::Approved);
    EXPECT_EQ(read->progressPercent, 60);
    EXPECT_EQ(read->rating, Rating::Good);
    EXPECT_EQ(read->assessment, task.assessment);
    EXPECT_TRUE(read->isSample);
}

TEST_F(TaskRepositoryTest, TitleThatLooksLikeSqlIsStoredAsText)
{
    TestData data(workspace->repositories());
    const Unit unit = data.addUnit(u"xã Mỹ Bằng"_s);
    const QString hostile = u"'); DROP TABLE task;--"_s;
    const Task task = data.addCollectiveTask(unit, hostile);
    const Result<Task> read = tasks->find(task.id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->title, hostile);

    TaskQuery query;
    query.searchText = hostile;
    EXPECT_EQ(*tasks->count(query), 1);
    EXPECT_EQ(*tasks->count(TaskQuery{}), 1);
}

TEST_F(TaskRepositoryTest, SearchIgnoresAccentsAndCase)
{
    TestData data(workspace->repositories());
    const Unit myBang = data.addUnit(u"xã Mỹ Bằng"_s);
    const Unit daoVien = data.addUnit(u"xã Đạo Viện"_s);
    const Person chair = data.addPerson(u"Trần Văn Cương"_s, daoVien, u"Chủ tịch UBND xã"_s);
    data.addCollectiveTask(myBang, u"Xây dựng đô thị loại V"_s);
    data.addIndividualTask(daoVien, chair, u"Quản lý đất đai, khoáng sản"_s);

    const auto titlesFound = [&](const QString &text) {
        TaskQuery query;
        query.searchText = text;
        QStringList titles;
        for (const Task &task : *tasks->list(query))
            titles << task.title;
        return titles;
    };
    EXPECT_EQ(titlesFound(u"my bang"_s), QStringList{u"Xây dựng đô thị loại V"_s});
    EXPECT_EQ(titlesFound(u"dao vien"_s), QStringList{u"Quản lý đất đai, khoáng sản"_s});
    EXPECT_EQ(titlesFound(u"ĐẤT ĐAI"_s), QStringList{u"Quản lý đất đai, khoáng sản"_s});
    EXPECT_EQ(titlesFound(u"cuong khoang"_s), QStringList{u"Quản lý đất đai, khoáng sản"_s});   // words in any field
    EXPECT_TRUE(titlesFound(u"100%"_s).isEmpty());   // LIKE wildcards in the query are literal
    EXPECT_EQ(titlesFound(QString()).size(), 2);
}

TEST_F(TaskRepositoryTest, FiltersAndPagesInTheDatabase)
{
    TestData data(workspace->repositories());
    const Unit unit = data.addUnit(u"xã Mỹ Bằng"_s);
    for (int i = 1; i <= 5; ++i)
        data.addCollectiveTask(unit, u"Việc %1"_s.arg(i), i <= 3 ? 2021 : 2022);
    TaskQuery query;
    query.year = 2021;
    EXPECT_EQ(*tasks->count(query), 3);
    query.limit = 1;
    const auto first = tasks->list(query);
    ASSERT_TRUE(first.ok());
    ASSERT_EQ(first->size(), 1);
    query.limit = 2;
    query.afterTaskId = first->constFirst().id;
    const auto page = tasks->list(query);
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->size(), 2);
    EXPECT_EQ(page->at(0).title, u"Việc 2"_s);
    EXPECT_EQ(page->at(1).title, u"Việc 3"_s);
    query = TaskQuery{};
    query.status = TaskStatus::Draft;
    query.kind = TaskKind::Collective;
    EXPECT_EQ(*tasks->count(query), 5);
}

TEST_F(TaskRepositoryTest, KeepsOwnerAsRegisteredWhenPersonChangesPost)
{
    TestData data(workspace->repositories());
    const Unit unit = data.addUnit(u"xã Mỹ Bằng"_s);
    Person person = data.addPerson(u"Hoàng Minh Cảnh"_s, unit, u"Bí thư Đảng ủy xã Mỹ Bằng"_s);
    const Task task = data.addIndividualTask(unit, person, u"Chỉ đạo đô thị loại V"_s);
    person.position = u"Trưởng Ban Tổ chức Huyện ủy"_s;
    ASSERT_TRUE(workspace->repositories().people.update(person).ok());
    EXPECT_EQ(tasks->find(task.id)->positionAtRegistration, u"Bí thư Đảng ủy xã Mỹ Bằng"_s);
}

TEST_F(TaskRepositoryTest, RefusesInvalidTaskAndStoresNothing)
{
    TestData data(workspace->repositories());
    const Unit unit = data.addUnit(u"xã Mỹ Bằng"_s);
    Task task = TestData::collectiveTask(unit, QString());
    const Result<qint64> added = tasks->add(task);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().kind(), Error::Kind::Validation);
    EXPECT_EQ(*tasks->count(TaskQuery{}), 0);
}

TEST_F(TaskRepositoryTest, CannotDeleteAUnitThatHasTasks)
{
    TestData data(workspace->repositories());
    const Unit unit = data.addUnit(u"xã Mỹ Bằng"_s);
    data.addCollectiveTask(unit, u"Việc"_s);
    const Status removed = workspace->repositories().units.remove(unit.id, unit.version);
    ASSERT_FALSE(removed.ok());
    EXPECT_EQ(removed.error().kind(), Error::Kind::Validation);
    EXPECT_TRUE(workspace->repositories().units.find(unit.id).ok());
}

TEST_F(TaskRepositoryTest, RemovedTaskLeavesListsCountsAndFiguresUntilRestored)
{
    TestData data(workspace->repositories());
    const Unit unit = data.addUnit(u"xã Mỹ Bằng"_s);
    const Task task = data.addCollectiveTask(unit, u"Việc"_s);
    ASSERT_TRUE(tasks->remove(task.id, task.version).ok());
    const Result<Task> gone = tasks->find(task.id);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().kind(), Error::Kind::NotFound);
    EXPECT_EQ(*tasks->count(TaskQuery{}), 0);
    EXPECT_TRUE(tasks->tally(2021, QDate(2021, 7, 1))->isEmpty());
    EXPECT_EQ(workspace->repositories().figures.figuresOf(2021)->total, 0);
    EXPECT_FALSE(tasks->remove(task.id, task.version).ok());   // stale: removing twice is refused

    ASSERT_TRUE(tasks->restore(task.id, task.version + 1).ok());
    EXPECT_EQ(*tasks->count(TaskQuery{}), 1);
    const Result<QList<TaskTally>> tallies = tasks->tally(2021, QDate(2021, 7, 1));
    ASSERT_TRUE(tallies.ok());
    ASSERT_EQ(tallies->size(), 1);
    EXPECT_EQ(tallies->constFirst().unitId, unit.id);
    EXPECT_EQ(tallies->constFirst().count, 1);
}

// Page by page from the last row of each (keyset paging), a list comes out whole and in order, for
// every sort and both directions: equal values, empty deadlines and ratings, Vietnamese titles.
TEST_F(TaskRepositoryTest, PagesContinueFromTheLastRowInEveryOrder)
{
    TestData data(workspace->repositories());
    const Unit unit = data.addUnit(u"xã Mỹ Bằng"_s);
    const QStringList titles{u"Đường làng"_s, u"An sinh"_s, u"Ấp ủ"_s, u"Đường làng"_s, u"Zô"_s,
                             u"Dân vận khéo"_s, u"An sinh"_s, u"Bê tông hóa"_s, u"Chợ"_s};
    for (int i = 0; i < titles.size(); ++i) {
        Task task = TestData::collectiveTask(unit, titles.at(i));
        task.status = i % 3 == 0 ? TaskStatus::Draft : TaskStatus::Approved;
        task.progressPercent = (i % 4) * 25;
        task.deadline = i % 3 == 1 ? QDate() : QDate(2021, 6 + i % 2, 30);
        if (task.status == TaskStatus::Approved && i % 2 == 0)
            task.rating = Rating::Excellent;
        data.addTask(task);
    }
    for (const TaskQuery::SortKey key : {TaskQuery::SortKey::Registration, TaskQuery::SortKey::Title,
                                         TaskQuery::SortKey::Owner, TaskQuery::SortKey::Kind, TaskQuery::SortKey::Nature,
                                         TaskQuery::SortKey::Status, TaskQuery::SortKey::Progress,
                                         TaskQuery::SortKey::Deadline, TaskQuery::SortKey::Rating}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            TaskQuery query;
            query.year = 2021;
            query.sortKey = key;
            query.sortOrder = order;
            QList<qint64> whole;
            for (const Task &task : *tasks->list(query))
                whole << task.id;
            ASSERT_EQ(whole.size(), titles.size());
            QList<qint64> paged;
            query.limit = 2;
            for (int pages = 0; pages < 10; ++pages) {
                const Result<QList<Task>> page = tasks->list(query);
                ASSERT_TRUE(page.ok()) << page.error().message().toStdString();
                for (const Task &task : *page)
                    paged << task.id;
                if (page->size() < query.limit)
                    break;
                query.afterTaskId = page->constLast().id;
            }
            EXPECT_EQ(paged, whole) << "sort " << int(key) << (order == Qt::AscendingOrder ? " up" : " down");
        }
    }
}

TEST_F(TaskRepositoryTest, SortsTitlesAndOwnersInVietnameseOrder)
{
    TestData data(workspace->repositories());
    const Unit unit = data.addUnit(u"xã Mỹ Bằng"_s);
    for (const QString &title : {u"Đường giao thông"_s, u"Zô"_s, u"Dân vận khéo"_s, u"Ấp ủ"_s, u"An sinh"_s})
        data.addCollectiveTask(unit, title);
    TaskQuery query;
    query.sortKey = TaskQuery::SortKey::Title;
    QStringList titles;
    for (const Task &task : *tasks->list(query))
        titles << task.title;
    EXPECT_EQ(titles, (QStringList{u"An sinh"_s, u"Ấp ủ"_s, u"Dân vận khéo"_s, u"Đường giao thông"_s, u"Zô"_s}));
    query.sortOrder = Qt::DescendingOrder;
    EXPECT_EQ(tasks->list(query)->first().title, u"Zô"_s);
}

TEST_F(TaskRepositoryTest, FindsTasksBehindSchedule)
{
    TestData data(workspace->repositories());
    const Unit unit = data.addUnit(u"xã Mỹ Bằng"_s);
    const auto approved = [&](const QString &title, int progress, QDate deadline) {
        Task task = TestData::collectiveTask(unit, title);
        task.status = TaskStatus::Approved;
        task.progressPercent = progress;
        task.deadline = deadline;
        data.addTask(task);
    };
    const QDate deadline(2021, 12, 31);
    approved(u"Đúng tiến độ"_s, 50, deadline);         // half the year used, half done
    approved(u"Chậm"_s, 20, deadline);                 // half the year used, a fifth done
    approved(u"Quá hạn"_s, 90, QDate(2021, 6, 30));    // deadline passed
    approved(u"Xong"_s, 100, QDate(2021, 3, 31));      // finished: never behind
    data.addCollectiveTask(unit, u"Bản nháp"_s);        // not approved: not tracked

    TaskQuery query;
    query.behindScheduleOn = QDate(2021, 7, 2);
    query.sortKey = TaskQuery::SortKey::Title;
    QStringList titles;
    for (const Task &task : *tasks->list(query))
        titles << task.title;
    EXPECT_EQ(titles, (QStringList{u"Chậm"_s, u"Quá hạn"_s}));
    EXPECT_EQ(*tasks->count(query), 2);
}

TEST_F(TaskRepositoryTest, FiltersByTheOwnersKindAtRegistration)
{
    TestData data(workspace->repositories());
    data.addCollectiveTask(data.addUnit(u"Phòng Nội vụ"_s, UnitKind::Agency), u"Cơ quan"_s);
    data.addCollectiveTask(data.addUnit(u"thị trấn Tân Bình"_s, UnitKind::Township), u"Thị trấn"_s);
    TaskQuery query;
    query.unitKind = UnitKind::Township;
    ASSERT_EQ(*tasks->count(query), 1);
    EXPECT_EQ(tasks->list(query)->first().title, u"Thị trấn"_s);
}

TEST_F(TaskRepositoryTest, FiltersByField)
{
    TestData data(workspace->repositories());
    const Unit unit = data.addUnit(u"xã Mỹ Bằng"_s);
    const Result<qint64> land = workspace->repositories().fields.add(Field{0, u"Đất đai"_s, 0});
    const Result<qint64> digital = workspace->repositories().fields.add(Field{0, u"Chuyển đổi số"_s, 0});
    ASSERT_TRUE(land && digital);
    Task onLand = TestData::collectiveTask(unit, u"Đất công ích"_s, 2021);
    onLand.fieldId = *land;
    data.addTask(onLand);
    Task online = TestData::collectiveTask(unit, u"Dịch vụ công trực tuyến"_s, 2021);
    online.fieldId = *digital;
    data.addTask(online);
    data.addCollectiveTask(unit, u"Không có lĩnh vực"_s);
    TaskQuery query;
    query.fieldId = *land;
    ASSERT_EQ(*tasks->count(query), 1);
    EXPECT_EQ(tasks->list(query)->first().title, u"Đất công ích"_s);
}
