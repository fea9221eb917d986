#include "AuditRepository.h"
#include "RegistrationComparison.h"
#include "ServiceFixture.h"
#include "TaskSnapshot.h"

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

using TaskLockTest = ServiceFixture;

TEST_F(TaskLockTest, ADraftIsEditedTheOrdinaryWay)
{
    Task edited = reread(task.id);
    edited.title = u"Đô thị loại V năm 2021"_s;
    ASSERT_TRUE(tasks->update(edited).ok());
    EXPECT_EQ(reread(task.id).title, u"Đô thị loại V năm 2021"_s);
}

TEST_F(TaskLockTest, AnApprovedTaskRefusesOrdinaryEditsAndRemoval)
{
    approveTask();
    Task edited = reread(task.id);
    edited.title = u"Sửa thẳng"_s;
    const Result<int> saved = tasks->update(edited);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind(), Error::Kind::Refused);
    EXPECT_TRUE(saved.error().message().contains(u"Đô thị loại V"_s) || saved.error().message().contains(u"adjust"_s));
    EXPECT_FALSE(tasks->remove(task.id, edited.version).ok());
    EXPECT_EQ(reread(task.id).title, u"Đô thị loại V"_s);
}

TEST_F(TaskLockTest, AnApprovedTaskChangesThroughAnAdjustmentWithBeforeAndAfter)
{
    approveTask();
    Task adjusted = reread(task.id);
    adjusted.expectedResult = u"Đạt 12/12 tiêu chí"_s;
    ASSERT_TRUE(review->adjust(reviewer, adjusted, decided).ok());
    EXPECT_EQ(reread(task.id).expectedResult, u"Đạt 12/12 tiêu chí"_s);
    const Decision adjustment = workspace->repositories().decisions.ofTask(task.id)->last();
    EXPECT_EQ(adjustment.before[u"expected_result"_s].toString(), u"Đạt tiêu chí"_s);
    EXPECT_EQ(adjustment.after[u"expected_result"_s].toString(), u"Đạt 12/12 tiêu chí"_s);
    EXPECT_FALSE(adjustment.lateAmendment);
}

TEST_F(TaskLockTest, AnOrdinaryEditCannotApproveOrReject)
{
    Task approved = reread(task.id);
    approved.status = TaskStatus::Approved;
    EXPECT_EQ(tasks->update(approved).error().kind(), Error::Kind::Refused);
    approved.id = 0;
    EXPECT_EQ(tasks->add(approved).error().kind(), Error::Kind::Refused);
}

TEST_F(TaskLockTest, AnOrdinaryEditCannotReturnATaskForRevision)
{
    Task returned = reread(task.id);
    returned.status = TaskStatus::Returned;
    EXPECT_EQ(tasks->update(returned).error().kind(), Error::Kind::Refused);
    returned.id = 0;
    EXPECT_EQ(tasks->add(returned).error().kind(), Error::Kind::Refused);
    EXPECT_EQ(tasks->addMany({returned}).error().kind(), Error::Kind::Refused);
    EXPECT_EQ(reread(task.id).status, TaskStatus::Draft);

    // A task the reviewer returned stays returned while the clerk reworks it.
    ASSERT_TRUE(review->submit(clerk, task.id).ok());
    ASSERT_TRUE(review->returnForRevision(reviewer, task.id, decided).ok());
    Task reworked = reread(task.id);
    reworked.title = u"Đô thị loại V, bổ sung"_s;
    EXPECT_TRUE(tasks->update(reworked).ok());
    EXPECT_EQ(reread(task.id).status, TaskStatus::Returned);
}

TEST_F(TaskLockTest, AReviewerMayNotRegisterOrEditDrafts)
{
    tasks->setActor(reviewer);
    Task edited = reread(task.id);
    edited.title = u"Của người duyệt"_s;
    EXPECT_EQ(tasks->update(edited).error().kind(), Error::Kind::Refused);
    EXPECT_EQ(tasks->add(TestData::collectiveTask(unit, u"Mới"_s)).error().kind(), Error::Kind::Refused);
    tasks->setActor(clerk);
    EXPECT_TRUE(tasks->update(edited).ok());
}

TEST_F(TaskLockTest, TheRegistrationStandsBesideTheAdjustedTaskWithTheDifferencesMarked)
{
    EXPECT_TRUE(RegistrationComparison::rows(*workspace->repositories().decisions.ofTask(task.id), reread(task.id)).isEmpty());
    approveTask();
    Task adjusted = reread(task.id);
    adjusted.deadline = QDate(2021, 9, 30);
    adjusted.expectedResult = u"Đạt 12/12 tiêu chí"_s;
    ASSERT_TRUE(review->adjust(reviewer, adjusted, decided).ok());

    const QList<RegistrationComparison::Row> rows =
        RegistrationComparison::rows(*workspace->repositories().decisions.ofTask(task.id), reread(task.id));
    QStringList differing;
    for (const RegistrationComparison::Row &row : rows) {
        if (row.differs)
            differing << row.registered + u" → "_s + row.current;
    }
    EXPECT_EQ(differing, (QStringList{u"Đạt tiêu chí → Đạt 12/12 tiêu chí"_s, u"31/12/2021 → 30/09/2021"_s}));
    EXPECT_GE(rows.size(), 8);
}

// An adjustment goes over the version the reviewer's editor read: made from an older one, it
// would put back what a colleague changed meanwhile.
TEST_F(TaskLockTest, AnAdjustmentFromAnOlderVersionIsRefusedAsAConflict)
{
    approveTask();
    Task stale = reread(task.id);
    ASSERT_TRUE(progress->addNote(administrator, ProgressNote{0, task.id, QDate(2021, 6, 30), 40, u"Quý II"_s, {}, 0}));
    stale.expectedResult = u"Đạt 12/12 tiêu chí"_s;
    const Result<int> adjusted = review->adjust(reviewer, stale, decided);
    ASSERT_FALSE(adjusted.ok());
    EXPECT_EQ(adjusted.error().kind(), Error::Kind::Conflict);
    EXPECT_EQ(reread(task.id).progressPercent, 40) << "the colleague's progress stays";
    EXPECT_EQ(reread(task.id).expectedResult, u"Đạt tiêu chí"_s);
}
