#include "ClosedYearRepository.h"
#include "DueList.h"
#include "TaskRepository.h"
#include "TemporaryDatabase.h"
#include "TestData.h"
#include "WorkItemRepository.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

const QDate Today(2021, 6, 1);

class DueListTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        workspace = temporary.open();
        ASSERT_TRUE(workspace);
        data = std::make_unique<TestData>(workspace->repositories());
        unit = data->addUnit(u"xã Mỹ Bằng"_s);
    }

    Task approved(const QString &title, const QDate &deadline, int progress = 40,
                  TaskStatus status = TaskStatus::Approved)
    {
        Task task = TestData::collectiveTask(unit, title);
        task.status = status;
        task.progressPercent = progress;
        task.deadline = deadline;
        return data->addTask(task);
    }

    void addWorkItem(const Task &task, const QString &title, const QDate &dueOn, const QDate &doneOn = {})
    {
        WorkItem item;
        item.taskId = task.id;
        item.title = title;
        item.dueOn = dueOn;
        item.doneOn = doneOn;
        ASSERT_TRUE(workspace->repositories().workItems.add(item).ok());
    }

    QStringList titlesDue(int days, std::optional<int> year = std::nullopt)
    {
        const Result<QList<DueList::Entry>> entries = DueList::collect(workspace->repositories(), Today, days, year);
        EXPECT_TRUE(entries.ok());
        QStringList titles;
        for (const DueList::Entry &entry : *entries)
            titles << entry.task.title;
        return titles;
    }

    TemporaryDatabase temporary;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<TestData> data;
    Unit unit;
};

} // namespace

// The window holds today and its last day, and nothing either side of it.
TEST_F(DueListTest, TheWindowHoldsTodayAndItsLastDayAndNothingBeyond)
{
    approved(u"Quá hạn hôm qua"_s, Today.addDays(-1));
    approved(u"Đến hạn hôm nay"_s, Today);
    approved(u"Đến hạn ngày cuối"_s, Today.addDays(14));
    approved(u"Một ngày sau cửa sổ"_s, Today.addDays(15));
    EXPECT_EQ(titlesDue(14), (QStringList{u"Đến hạn hôm nay"_s, u"Đến hạn ngày cuối"_s}));
    EXPECT_EQ(titlesDue(0), (QStringList{u"Đến hạn hôm nay"_s}));
}

// Only approved, unfinished tasks are tracked; a work item's due date brings its task in unless
// the item is done.
TEST_F(DueListTest, WorkItemsDueCountAndOnlyTrackedTasksAreListed)
{
    approved(u"Bản nháp"_s, Today.addDays(2), 0, TaskStatus::Draft);
    approved(u"Đã xong"_s, Today.addDays(2), 100);
    const Task withItem = approved(u"Hạn cuối năm, đầu việc sắp đến hạn"_s, QDate(2021, 12, 31));
    addWorkItem(withItem, u"Khảo sát hiện trạng"_s, Today.addDays(5));
    addWorkItem(withItem, u"Lập hồ sơ"_s, Today.addDays(3));
    addWorkItem(withItem, u"Ngoài cửa sổ"_s, Today.addDays(30));
    const Task doneItem = approved(u"Đầu việc đã xong"_s, QDate(2021, 12, 31));
    addWorkItem(doneItem, u"Đã làm"_s, Today.addDays(4), Today.addDays(-2));
    approved(u"Đến hạn ngày 10"_s, Today.addDays(10));

    const Result<QList<DueList::Entry>> entries = DueList::collect(workspace->repositories(), Today, 14);
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 2);
    const DueList::Entry &first = entries->at(0);
    EXPECT_EQ(first.task.id, withItem.id);
    EXPECT_EQ(first.firstDue, Today.addDays(3));
    ASSERT_EQ(first.workItems.size(), 2);
    EXPECT_EQ(first.workItems.at(0).title, u"Lập hồ sơ"_s);   // soonest first
    EXPECT_EQ(first.workItems.at(1).title, u"Khảo sát hiện trạng"_s);
    EXPECT_EQ(entries->at(1).task.title, u"Đến hạn ngày 10"_s);

    const QJsonArray json = DueList::toJson(*entries);
    ASSERT_EQ(json.size(), 2);
    EXPECT_EQ(json.at(0)[u"firstDue"_s].toString(), u"2021-06-04"_s);
    EXPECT_EQ(json.at(0)[u"workItems"_s].toArray().size(), 2);
    EXPECT_EQ(titlesDue(14, 2022), QStringList());
}

// A closed year's unfinished task goes on as its copy in the next year: the closed one falls due no more.
TEST_F(DueListTest, AClosedYearFallsDueNoMore)
{
    approved(u"Việc năm 2021"_s, Today.addDays(3));
    ASSERT_EQ(titlesDue(14).size(), 1);
    ASSERT_TRUE(workspace->repositories().closedYears.close(2021, u"ADMIN"_s, ScoreThresholds()).ok());
    EXPECT_TRUE(titlesDue(14).isEmpty());
}

// With no first day the window takes in everything overdue: what "1 overdue" counts.
TEST_F(DueListTest, AnOpenWindowFindsWhatIsOverdue)
{
    approved(u"Quá hạn"_s, Today.addDays(-20));
    const Task late = approved(u"Đầu việc quá hạn"_s, QDate(2021, 12, 31));
    addWorkItem(late, u"Chưa làm"_s, Today.addDays(-1));
    approved(u"Còn hạn"_s, Today);
    TaskQuery overdue;
    overdue.due = TaskQuery::DueWindow{std::nullopt, Today.addDays(-1)};
    const Result<int> count = workspace->repositories().tasks.count(overdue);
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, 2);
}

// Overdue is what fell due before today and is not done, the longest overdue first; a work item
// done on time takes nothing overdue with it.
TEST_F(DueListTest, OverdueIsWhatFellDueBeforeTodayLongestOverdueFirst)
{
    approved(u"Đến hạn hôm nay"_s, Today);
    approved(u"Quá hạn hôm qua"_s, Today.addDays(-1));
    approved(u"Quá hạn tuần trước"_s, Today.addDays(-7));
    approved(u"Xong rồi"_s, Today.addDays(-3), 100);
    const Task later = approved(u"Đầu điểm quá hạn"_s, Today.addDays(30));
    addWorkItem(later, u"Khảo sát"_s, Today.addDays(-10));
    addWorkItem(later, u"Đã làm"_s, Today.addDays(-20), Today.addDays(-21));

    const Result<QList<DueList::Entry>> overdue = DueList::collectOverdue(workspace->repositories(), Today);
    ASSERT_TRUE(overdue.ok());
    QStringList titles;
    for (const DueList::Entry &entry : *overdue)
        titles << entry.task.title;
    EXPECT_EQ(titles, (QStringList{u"Đầu điểm quá hạn"_s, u"Quá hạn tuần trước"_s, u"Quá hạn hôm qua"_s}));
    ASSERT_EQ(overdue->first().workItems.size(), 1);
    EXPECT_EQ(overdue->first().workItems.first().title, u"Khảo sát"_s);
    EXPECT_EQ(overdue->first().firstDue, Today.addDays(-10));
}
