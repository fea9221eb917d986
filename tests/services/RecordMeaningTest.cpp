#include "RecordCheck.h"
#include "RecordMeaning.h"
#include "SampleData.h"
#include "ServiceFixture.h"
#include "SyntheticDataGenerator.h"
#include "TaskRepository.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

// What `check` says, one line a problem.
QString problemsOf(Workspace &workspace)
{
    const Result<QStringList> problems = RecordCheck::problems(workspace.repositories());
    return problems ? problems->join(u'\n') : u"(check failed: "_s + problems.error().message() + u')';
}

} // namespace

// A program that writes the task and seals the trail as Dotpha does (here: the repository itself,
// below every service) leaves a record whose seals all hold. Was: check passed it.
class RecordMeaningTest : public ServiceFixture
{
protected:
    // Written below the services: the trail records it and seals it, no rule is asked.
    void forge(const std::function<void(Task &)> &change)
    {
        Task forged = *workspace->repositories().tasks.find(task.id);
        change(forged);
        ASSERT_TRUE(workspace->repositories().tasks.update(forged).ok());
    }
};

TEST_F(RecordMeaningTest, AReturnedTaskTurnedApprovedWithoutADecisionIsFound)
{
    ASSERT_TRUE(review->submit(clerk, task.id).ok());
    ASSERT_TRUE(review->returnForRevision(reviewer, task.id, {QDate(2021, 3, 31), {}, u"Chưa rõ tiến độ"_s}).ok());
    EXPECT_TRUE(problemsOf(*workspace).isEmpty()) << problemsOf(*workspace).toStdString();
    forge([](Task &t) { t.status = TaskStatus::Approved; });
    const QString problems = problemsOf(*workspace);
    EXPECT_TRUE(problems.contains(u"Task %1"_s.arg(task.id))) << problems.toStdString();
    EXPECT_TRUE(problems.contains(u"no approval"_s)) << problems.toStdString();
}

TEST_F(RecordMeaningTest, ARatingNoReviewerGaveIsFound)
{
    approveTask();
    forge([](Task &t) {
        t.rating = Rating::Excellent;
        t.score = 97;
    });
    const QString problems = problemsOf(*workspace);
    EXPECT_TRUE(problems.contains(u"rating"_s)) << problems.toStdString();
}

TEST_F(RecordMeaningTest, ADraftThatADecisionRejectedIsFound)
{
    ASSERT_TRUE(review->submit(clerk, task.id).ok());
    ASSERT_TRUE(review->reject(reviewer, task.id, {QDate(2021, 3, 31), {}, u"Việc thường xuyên"_s}).ok());
    forge([](Task &t) { t.status = TaskStatus::Submitted; });
    const QString problems = problemsOf(*workspace);
    EXPECT_TRUE(problems.contains(u"Task %1"_s.arg(task.id))) << problems.toStdString();
}

TEST_F(RecordMeaningTest, AClosedYearChangedOutsideALateAmendmentIsFound)
{
    approveTask();
    ASSERT_TRUE(closing->close(administrator, 2021).ok());
    EXPECT_TRUE(problemsOf(*workspace).isEmpty()) << problemsOf(*workspace).toStdString();
    forge([](Task &t) { t.progressPercent = 100; });
    const QString problems = problemsOf(*workspace);
    EXPECT_TRUE(problems.contains(u"after the year was closed"_s)) << problems.toStdString();
}

// What Dotpha itself records always reads as it should: the sample, made-up data, a late amendment.
TEST_F(RecordMeaningTest, DotphasOwnRecordsBreakNoRule)
{
    ASSERT_TRUE(SyntheticDataGenerator(workspace->repositories()).generate(300, 7).ok());
    approveTask();
    ASSERT_TRUE(review->rate(reviewer, task.id, Rating::Good, 80, u"Đạt"_s, {QDate(2021, 12, 20), {}, {}}).ok());
    ASSERT_TRUE(closing->close(administrator, 2021).ok());
    Task amended = reread(task.id);
    amended.rating = Rating::Excellent;
    amended.score = 92;
    ASSERT_TRUE(review->amendLate(administrator, amended, {QDate(2022, 1, 10), u"Số 3-QĐ/HU"_s, u"Phúc khảo"_s}).ok());
    EXPECT_TRUE(problemsOf(*workspace).isEmpty()) << problemsOf(*workspace).toStdString();
}

TEST(RecordMeaning, TheSampleBreaksNoRule)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    ASSERT_TRUE(SampleData::load(workspace->repositories()).ok());
    EXPECT_TRUE(problemsOf(*workspace).isEmpty()) << problemsOf(*workspace).toStdString();
}
