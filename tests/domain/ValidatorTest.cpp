#include "Person.h"
#include "TaskReadiness.h"
#include "Task.h"
#include "Unit.h"
#include "Validator.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;

namespace {

Task validCollectiveTask()
{
    Task task;
    task.year = 2021;
    task.unitId = 1;
    task.title = u"Xây dựng đô thị loại V"_s;
    return task;
}

} // namespace

TEST(Validator, AcceptsAValidTask)
{
    EXPECT_TRUE(Validator::problems(validCollectiveTask()).isEmpty());
}

TEST(Validator, RefusesTaskWithoutTitleOrUnit)
{
    Task task = validCollectiveTask();
    task.title = u"   "_s;
    task.unitId = 0;
    EXPECT_EQ(Validator::problems(task).size(), 2);
    const Status status = Validator::check(task);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind(), Error::Kind::Validation);
}

TEST(Validator, IndividualTaskNeedsAPersonAndCollectiveHasNone)
{
    Task individual = validCollectiveTask();
    individual.kind = TaskKind::Individual;
    EXPECT_EQ(Validator::problems(individual).size(), 1);
    individual.personId = 5;
    EXPECT_TRUE(Validator::problems(individual).isEmpty());

    Task collective = validCollectiveTask();
    collective.personId = 5;
    EXPECT_EQ(Validator::problems(collective).size(), 1);
}

TEST(Validator, ChecksYearsAndProgress)
{
    Task task = validCollectiveTask();
    task.endYear = 2020;
    EXPECT_FALSE(Validator::problems(task).isEmpty());
    task.endYear = 2024;
    EXPECT_TRUE(Validator::problems(task).isEmpty());
    task.progressPercent = 101;
    EXPECT_FALSE(Validator::problems(task).isEmpty());
    task.progressPercent = 100;
    task.year = 1999;
    EXPECT_FALSE(Validator::problems(task).isEmpty());
}

TEST(Validator, RefusesTextLongerThanExcelAllows)
{
    Task task = validCollectiveTask();
    task.content = QString(Validator::MaxTextLength + 1, u'a');
    EXPECT_EQ(Validator::problems(task).size(), 1);
}

TEST(Validator, UnitCannotSucceedItself)
{
    Unit unit;
    unit.id = 3;
    unit.name = u"xã Mỹ Bằng"_s;
    unit.successorId = 3;
    EXPECT_EQ(Validator::problems(unit).size(), 1);
    unit.successorId = 4;
    unit.activeFromYear = 2020;
    unit.activeToYear = 2019;
    EXPECT_EQ(Validator::problems(unit).size(), 1);
}

TEST(TaskReadiness, NamesWhatIsMissingForClearTaskPersonAndSchedule)
{
    Task task = validCollectiveTask();
    EXPECT_EQ(TaskReadiness::missing(task).size(), 2);   // objective or expected result, and deadline
    task.expectedResult = u"Đạt tiêu chí đô thị loại V"_s;
    task.deadline = QDate(2021, 12, 31);
    EXPECT_TRUE(TaskReadiness::isReady(task));
    task.kind = TaskKind::Individual;
    EXPECT_EQ(TaskReadiness::missing(task).size(), 1);   // the leader
    task.personId = 7;
    task.unitId = 0;
    EXPECT_EQ(TaskReadiness::missing(task).size(), 1);   // the lead unit
}

// What the readiness check asks for is what it takes: an objective or an expected result (the
// report's column "Mục tiêu, kết quả cần đạt" prints whichever there is), and its message says so.
TEST(TaskReadiness, AsksForTheObjectiveOrTheExpectedResultAndTakesEither)
{
    Task task = validCollectiveTask();
    task.deadline = QDate(2021, 12, 31);
    const QStringList missing = TaskReadiness::missing(task);
    ASSERT_EQ(missing.size(), 1);
    EXPECT_TRUE(missing.constFirst().contains(u"objective"_s)) << missing.constFirst().toStdString();
    EXPECT_TRUE(missing.constFirst().contains(u"expected result"_s)) << missing.constFirst().toStdString();
    task.objective = u"Nâng cao chất lượng sinh hoạt chi bộ"_s;
    EXPECT_TRUE(TaskReadiness::isReady(task));
}
