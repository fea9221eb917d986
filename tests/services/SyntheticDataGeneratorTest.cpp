#include "ExecutionState.h"
#include "SummaryService.h"
#include "SyntheticDataGenerator.h"
#include "TaskRepository.h"
#include "TemporaryDatabase.h"
#include "TestData.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

TEST(SyntheticDataGenerator, SummaryFiguresAgreeWithTheTasksGenerated)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    Repositories &repositories = workspace->repositories();
    int lastReported = 0;
    const Status generated = SyntheticDataGenerator(repositories).generate(3000, 42, [&](int done, int) {
        lastReported = done;
    });
    ASSERT_TRUE(generated.ok()) << describe(generated.error());
    EXPECT_EQ(lastReported, 3000);
    EXPECT_EQ(*repositories.tasks.count(TaskQuery{}), 3000);

    // Count the year's figures again from the task rows themselves, independently of the SQL
    // aggregates, and compare.
    for (int year = SyntheticDataGenerator::FirstYear; year < SyntheticDataGenerator::FirstYear + SyntheticDataGenerator::Years; ++year) {
        TaskQuery query;
        query.year = year;
        const QList<Task> tasks = *repositories.tasks.list(query);
        int counted = 0, collective = 0, individual = 0, rejected = 0;
        QSet<qint64> people, communes;
        for (const Task &task : tasks) {
            if (task.status == TaskStatus::Rejected) {
                ++rejected;
                continue;
            }
            ++counted;
            if (task.kind == TaskKind::Individual) {
                ++individual;
                people.insert(*task.personId);
            } else {
                ++collective;
                if (task.unitKindAtRegistration == UnitKind::Commune)
                    communes.insert(task.unitId);
            }
        }
        const Result<YearSummary> summary = SummaryService(repositories).summaryOf(year);
        ASSERT_TRUE(summary.ok());
        const YearFigures &figures = summary->figures;
        EXPECT_GT(counted, 0);
        EXPECT_EQ(figures.total, counted) << year;
        EXPECT_EQ(figures.collective, collective) << year;
        EXPECT_EQ(figures.individual, individual) << year;
        EXPECT_EQ(figures.rejected, rejected) << year;
        EXPECT_EQ(figures.peopleWithTasks, people.size()) << year;
        EXPECT_EQ(figures.unitsWithTasks.value(UnitKind::Commune), communes.size()) << year;
        EXPECT_EQ(figures.assigned.tasks + figures.registered.tasks, collective) << year;
        int byStatus = 0;
        for (const int count : figures.byStatus)
            byStatus += count;
        EXPECT_EQ(byStatus, counted) << year;
    }
}

TEST(SyntheticDataGenerator, SameSeedGivesSameData)
{
    const auto titles = [](quint32 seed) {
        TemporaryDatabase temporary;
        auto workspace = temporary.open();
        EXPECT_TRUE(SyntheticDataGenerator(workspace->repositories()).generate(50, seed).ok());
        QStringList result;
        for (const Task &task : *workspace->repositories().tasks.list(TaskQuery{}))
            result << task.title + task.unitNameAtRegistration + task.personNameAtRegistration;
        return result;
    };
    EXPECT_EQ(titles(7), titles(7));
    EXPECT_NE(titles(7), titles(8));
}

TEST(SyntheticDataGenerator, RefusesANonPositiveCount)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    EXPECT_FALSE(SyntheticDataGenerator(workspace->repositories()).generate(0, 1).ok());
}

// The "behind schedule" view (SQL) and the execution state (C++) apply one rule.
TEST(SyntheticDataGenerator, BehindScheduleViewAgreesWithTheExecutionState)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    ASSERT_TRUE(SyntheticDataGenerator(workspace->repositories()).generate(2000, 11).ok());
    for (const QDate &day : {QDate(2023, 4, 15), QDate(2025, 9, 1), QDate(2025, 12, 31)}) {
        TaskQuery all;
        int expected = 0;
        for (const Task &task : *workspace->repositories().tasks.list(all)) {
            const ExecutionState::State state = ExecutionState::of(task, day);
            expected += state == ExecutionState::State::BehindSchedule || state == ExecutionState::State::Overdue;
        }
        TaskQuery behind;
        behind.behindScheduleOn = day;
        EXPECT_EQ(*workspace->repositories().tasks.count(behind), expected) << day.toString(Qt::ISODate).toStdString();
        EXPECT_GT(expected, 0);
    }
}

// Offices write each registration in their own words: generated tasks whose titles and expected
// results repeated a few dozen phrases let a benchmark profit from repetition real years lack.
TEST(SyntheticDataGenerator, TitlesAndExpectedResultsAreAlmostAllDifferent)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    ASSERT_TRUE(SyntheticDataGenerator(workspace->repositories()).generate(2000, 3).ok());
    QSet<QString> titles;
    QSet<QString> results;
    const auto tasks = workspace->repositories().tasks.list(TaskQuery{});
    ASSERT_TRUE(tasks);
    for (const Task &task : *tasks) {
        titles.insert(task.title);
        results.insert(task.expectedResult);
    }
    EXPECT_GE(titles.size(), tasks->size() * 9 / 10);
    EXPECT_GE(results.size(), tasks->size() * 9 / 10);
}
