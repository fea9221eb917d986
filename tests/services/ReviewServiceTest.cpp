#include "DecisionRepository.h"
#include "ReviewService.h"
#include "TaskService.h"
#include "TaskSnapshot.h"
#include "TemporaryDatabase.h"
#include "TestData.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

User userWithRole(UserRole role, const QString &name)
{
    User user;
    user.id = 0;
    user.displayName = name;
    user.role = role;
    return user;
}

const User clerk = userWithRole(UserRole::Clerk, u"Văn thư"_s);
const User reviewer = userWithRole(UserRole::Reviewer, u"Ban Thường vụ"_s);
const User administrator = userWithRole(UserRole::Administrator, u"Quản trị"_s);
const ReviewService::Details decided{QDate(2021, 3, 31), u"Số 15-QĐ/HU"_s, u"Sát thực tiễn"_s};

} // namespace

class ReviewServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        workspace = temporary.open();
        ASSERT_TRUE(workspace);
        tasks = std::make_unique<TaskService>(workspace->repositories());
        review = std::make_unique<ReviewService>(workspace->repositories(), *tasks);
        TestData data(workspace->repositories());
        unit = data.addUnit(u"xã Mỹ Bằng"_s);
        Task ready = TestData::collectiveTask(unit, u"Đô thị loại V"_s);
        ready.expectedResult = u"Đạt tiêu chí"_s;
        task = data.addTask(ready);
    }

    TaskStatus statusOf(qint64 id) { return tasks->find(id)->status; }
    QList<Decision> decisionsOf(qint64 id) { return *workspace->repositories().decisions.ofTask(id); }

    TemporaryDatabase temporary;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<TaskService> tasks;
    std::unique_ptr<ReviewService> review;
    Unit unit;
    Task task;
};

TEST(WorkflowPolicy, EachRoleDoesItsOwnPartOnly)
{
    using Action = WorkflowPolicy::Action;
    for (const Action action : {Action::Register, Action::Submit, Action::LogProgress}) {
        EXPECT_TRUE(WorkflowPolicy::allows(UserRole::Clerk, action));
        EXPECT_FALSE(WorkflowPolicy::allows(UserRole::Reviewer, action));
    }
    for (const Action action : {Action::Approve, Action::Return, Action::Reject, Action::Adjust, Action::Supplement,
                                Action::Assign, Action::Rate}) {
        EXPECT_TRUE(WorkflowPolicy::allows(UserRole::Reviewer, action));
        EXPECT_FALSE(WorkflowPolicy::allows(UserRole::Clerk, action));
        EXPECT_FALSE(WorkflowPolicy::allows(UserRole::Administrator, action));
    }
    for (const Action action : {Action::ManageUsers, Action::CloseYear}) {
        EXPECT_TRUE(WorkflowPolicy::allows(UserRole::Administrator, action));
        EXPECT_FALSE(WorkflowPolicy::allows(UserRole::Clerk, action));
        EXPECT_FALSE(WorkflowPolicy::allows(UserRole::Reviewer, action));
    }
}

TEST_F(ReviewServiceTest, SubmitThenApproveRecordsTheDecision)
{
    ASSERT_TRUE(review->submit(clerk, task.id).ok());
    EXPECT_EQ(statusOf(task.id), TaskStatus::Submitted);
    const Result<int> approved = review->approve(reviewer, task.id, decided);
    ASSERT_TRUE(approved.ok()) << approved.error().message().toStdString();
    EXPECT_EQ(statusOf(task.id), TaskStatus::Approved);
    const QList<Decision> decisions = decisionsOf(task.id);
    ASSERT_EQ(decisions.size(), 1);
    EXPECT_EQ(decisions.first().kind, DecisionKind::Approve);
    EXPECT_EQ(decisions.first().number, u"Số 15-QĐ/HU"_s);
    EXPECT_EQ(decisions.first().reviewerName, u"Ban Thường vụ"_s);
    EXPECT_EQ(TaskSnapshot::changedKeys(decisions.first().before, decisions.first().after), QStringList{u"status"_s});
}

TEST_F(ReviewServiceTest, RolesAreRefusedWhatTheyMayNotDo)
{
    const Result<int> clerkApproves = review->approve(clerk, task.id, decided);
    ASSERT_FALSE(clerkApproves.ok());
    EXPECT_EQ(clerkApproves.error().kind(), Error::Kind::Refused);
    EXPECT_FALSE(review->submit(reviewer, task.id).ok());
    EXPECT_FALSE(review->supplement(clerk, TestData::collectiveTask(unit, u"Bổ sung"_s), decided).ok());
    EXPECT_FALSE(review->approve(administrator, task.id, decided).ok());
    EXPECT_EQ(statusOf(task.id), TaskStatus::Draft);
    EXPECT_TRUE(decisionsOf(task.id).isEmpty());
}

TEST_F(ReviewServiceTest, OnlyAPendingRegistrationCanBeDecided)
{
    EXPECT_FALSE(review->approve(reviewer, task.id, decided).ok());   // still a draft
    ASSERT_TRUE(review->submit(clerk, task.id).ok());
    EXPECT_FALSE(review->submit(clerk, task.id).ok());                // already submitted
    ASSERT_TRUE(review->returnForRevision(reviewer, task.id, decided).ok());
    EXPECT_EQ(statusOf(task.id), TaskStatus::Returned);
    ASSERT_TRUE(review->submit(clerk, task.id).ok());                 // revised and submitted again
    ASSERT_TRUE(review->reject(reviewer, task.id, decided).ok());
    EXPECT_EQ(statusOf(task.id), TaskStatus::Rejected);
    EXPECT_FALSE(review->approve(reviewer, task.id, decided).ok());
    EXPECT_EQ(decisionsOf(task.id).size(), 2);
}

TEST_F(ReviewServiceTest, ReturningAndRejectingNeedAReasonAndADate)
{
    ASSERT_TRUE(review->submit(clerk, task.id).ok());
    ReviewService::Details noReason = decided;
    noReason.reason.clear();
    EXPECT_EQ(review->returnForRevision(reviewer, task.id, noReason).error().kind(), Error::Kind::Validation);
    EXPECT_EQ(review->reject(reviewer, task.id, noReason).error().kind(), Error::Kind::Validation);
    ReviewService::Details noDate = decided;
    noDate.decidedOn = QDate();
    EXPECT_FALSE(review->approve(reviewer, task.id, noDate).ok());
    EXPECT_EQ(statusOf(task.id), TaskStatus::Submitted);
}

TEST_F(ReviewServiceTest, AnUnreadyTaskCannotBeSubmitted)
{
    const Task unready = TestData(workspace->repositories()).addCollectiveTask(unit, u"Chưa rõ"_s);
    const Result<int> submitted = review->submit(clerk, unready.id);
    ASSERT_FALSE(submitted.ok());
    EXPECT_EQ(submitted.error().kind(), Error::Kind::Validation);
}

TEST_F(ReviewServiceTest, AnAdjustmentKeepsTheFieldsBeforeAndAfter)
{
    ASSERT_TRUE(review->submit(clerk, task.id).ok());
    ASSERT_TRUE(review->approve(reviewer, task.id, decided).ok());
    Task adjusted = *tasks->find(task.id);
    adjusted.title = u"Đô thị loại V, giai đoạn 1"_s;
    adjusted.deadline = QDate(2021, 9, 30);
    ASSERT_TRUE(review->adjust(reviewer, adjusted, decided).ok());
    const Decision adjustment = decisionsOf(task.id).last();
    EXPECT_EQ(adjustment.kind, DecisionKind::Adjust);
    EXPECT_EQ(TaskSnapshot::changedKeys(adjustment.before, adjustment.after), (QStringList{u"deadline"_s, u"title"_s}));
    EXPECT_EQ(adjustment.before[u"title"_s].toString(), u"Đô thị loại V"_s);
    EXPECT_EQ(tasks->find(task.id)->status, TaskStatus::Approved);
}

TEST_F(ReviewServiceTest, SupplementAssignAndRate)
{
    Task extra = TestData::collectiveTask(unit, u"Việc bổ sung"_s);
    const Result<qint64> supplemented = review->supplement(reviewer, extra, decided);
    ASSERT_TRUE(supplemented.ok());
    EXPECT_EQ(tasks->find(*supplemented)->origin, TaskOrigin::Supplemented);
    EXPECT_EQ(tasks->find(*supplemented)->status, TaskStatus::Approved);
    const Result<qint64> assigned = review->assign(reviewer, TestData::collectiveTask(unit, u"Việc giao"_s), decided);
    ASSERT_TRUE(assigned.ok());
    EXPECT_EQ(decisionsOf(*assigned).first().kind, DecisionKind::Assign);

    ASSERT_TRUE(review->rate(reviewer, *assigned, Rating::Good, u"Hoàn thành tốt"_s, decided).ok());
    EXPECT_EQ(tasks->find(*assigned)->rating, Rating::Good);
    EXPECT_FALSE(review->rate(reviewer, task.id, Rating::Good, QString(), decided).ok());   // not approved
}
