#include "DecisionRepository.h"
#include "ServiceFixture.h"
#include "TaskRepository.h"
#include "ReviewService.h"
#include "TaskService.h"
#include "TaskSnapshot.h"
#include "TemporaryDatabase.h"
#include "TestData.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

class ReviewServiceTest : public ServiceFixture
{
protected:
    TaskStatus statusOf(qint64 id) { return tasks->find(id)->status; }
    QList<Decision> decisionsOf(qint64 id) { return *workspace->repositories().decisions.ofTask(id); }
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
    for (const Action action : {Action::ManageUsers, Action::CloseYear, Action::AmendLate}) {
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

    ASSERT_TRUE(review->rate(reviewer, *assigned, Rating::Good, std::nullopt, u"Hoàn thành tốt"_s, decided).ok());
    EXPECT_EQ(tasks->find(*assigned)->rating, Rating::Good);
    EXPECT_FALSE(review->rate(reviewer, task.id, Rating::Good, std::nullopt, QString(), decided).ok());   // not approved
}

namespace {

// The review steps that start from an existing task, with the states each may start from.
enum class Step { Submit, Approve, Return, Reject, Adjust, Rate };

struct StepRule
{
    Step step;
    WorkflowPolicy::Action action;
    QList<TaskStatus> from;
};

const QList<StepRule> stepRules = {
    {Step::Submit, WorkflowPolicy::Action::Submit, {TaskStatus::Draft, TaskStatus::Returned}},
    {Step::Approve, WorkflowPolicy::Action::Approve, {TaskStatus::Submitted}},
    {Step::Return, WorkflowPolicy::Action::Return, {TaskStatus::Submitted}},
    {Step::Reject, WorkflowPolicy::Action::Reject, {TaskStatus::Submitted}},
    {Step::Adjust, WorkflowPolicy::Action::Adjust, {TaskStatus::Approved}},
    {Step::Rate, WorkflowPolicy::Action::Rate, {TaskStatus::Approved}},
};

} // namespace

// Every step, by every role, from every state: done exactly when the role may take it and the
// task is in a state it starts from; when refused, neither the task nor its decisions change.
TEST_F(ReviewServiceTest, EveryStepForEveryRoleFromEveryState)
{
    const QList<TaskStatus> states = {TaskStatus::Draft, TaskStatus::Submitted, TaskStatus::Approved,
                                      TaskStatus::Returned, TaskStatus::Rejected};
    int checked = 0;
    for (const User &actor : {clerk, reviewer, administrator}) {
        for (const StepRule &rule : stepRules) {
            for (const TaskStatus state : states) {
                Task start = task;
                start.id = 0;
                start.status = state;
                start.title = u"Việc %1"_s.arg(++checked);
                const Task stored = TestData(workspace->repositories()).addTask(start);
                Task changed = *tasks->find(stored.id);
                changed.objective = u"Mục tiêu điều chỉnh"_s;
                Result<int> result = 0;
                switch (rule.step) {
                case Step::Submit: result = review->submit(actor, stored.id); break;
                case Step::Approve: result = review->approve(actor, stored.id, decided); break;
                case Step::Return: result = review->returnForRevision(actor, stored.id, decided); break;
                case Step::Reject: result = review->reject(actor, stored.id, decided); break;
                case Step::Adjust: result = review->adjust(actor, changed, decided); break;
                case Step::Rate: result = review->rate(actor, stored.id, Rating::Good, std::nullopt, u"Tốt"_s, decided); break;
                }
                const bool expected = WorkflowPolicy::allows(actor.role, rule.action) && rule.from.contains(state);
                const std::string context = "role " + toCode(actor.role).toStdString() + ", step "
                                            + std::to_string(int(rule.step)) + ", from " + toCode(state).toStdString();
                EXPECT_EQ(result.ok(), expected) << context;
                if (!result.ok()) {
                    EXPECT_EQ(result.error().kind(), Error::Kind::Refused) << context;
                    EXPECT_EQ(statusOf(stored.id), state) << context;
                    EXPECT_TRUE(decisionsOf(stored.id).isEmpty()) << context;
                }
            }
        }
    }
    EXPECT_EQ(checked, 3 * 6 * 5);
}

TEST_F(ReviewServiceTest, OnlyReviewersSupplementAndAssign)
{
    for (const User &actor : {clerk, reviewer, administrator}) {
        const bool expected = actor.role == UserRole::Reviewer;
        EXPECT_EQ(review->supplement(actor, TestData::collectiveTask(unit, u"Bổ sung "_s + actor.displayName), decided).ok(),
                  expected);
        EXPECT_EQ(review->assign(actor, TestData::collectiveTask(unit, u"Giao "_s + actor.displayName), decided).ok(),
                  expected);
    }
    TaskQuery all;
    all.year = 2021;
    EXPECT_EQ(*workspace->repositories().tasks.count(all), 3);   // the draft, one supplemented, one assigned
}

// The score is stored beside the level the reviewer chose, and the decision records both; a
// score outside 0-100 is refused and changes nothing.
TEST_F(ReviewServiceTest, ARatingKeepsItsScoreBesideTheLevelChosen)
{
    const Result<qint64> assigned = review->assign(reviewer, TestData::collectiveTask(unit, u"Việc giao"_s), decided);
    ASSERT_TRUE(assigned.ok());
    ASSERT_TRUE(review->rate(reviewer, *assigned, Rating::Good, 93, u"Tốt"_s, decided).ok());
    const Task rated = *tasks->find(*assigned);
    EXPECT_EQ(rated.score, 93);
    EXPECT_EQ(rated.rating, Rating::Good);   // the reviewer's level, though 93 suggests excellent
    const Decision decision = decisionsOf(*assigned).last();
    EXPECT_EQ(decision.kind, DecisionKind::Rate);
    EXPECT_EQ(decision.after.value(u"score"_s).toInt(), 93);
    EXPECT_TRUE(TaskSnapshot::changedKeys(decision.before, decision.after).contains(u"score"_s));

    EXPECT_FALSE(review->rate(reviewer, *assigned, Rating::Good, 101, QString(), decided).ok());
    EXPECT_FALSE(review->rate(reviewer, *assigned, Rating::Good, -1, QString(), decided).ok());
    EXPECT_EQ(tasks->find(*assigned)->score, 93);
    EXPECT_EQ(decisionsOf(*assigned).size(), 2);
}
