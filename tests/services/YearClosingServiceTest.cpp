#include "AuditRepository.h"
#include "ClosedYearRepository.h"
#include "ServiceFixture.h"
#include "TaskRepository.h"

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

class YearClosingServiceTest : public ServiceFixture
{
protected:
    // An approved task of 2021 running to endYear, at progress percent.
    Task approvedTask(const QString &title, std::optional<int> endYear, int progressPercent)
    {
        Task planned = TestData::collectiveTask(unit, title);
        planned.endYear = endYear;
        planned.status = TaskStatus::Approved;
        planned.progressPercent = progressPercent;
        return TestData(workspace->repositories()).addTask(planned);
    }

    QList<Task> tasksOf(int year)
    {
        TaskQuery query;
        query.year = year;
        return *workspace->repositories().tasks.list(query);
    }
};

TEST_F(YearClosingServiceTest, OnlyAnAdministratorClosesAYearAndOnlyOnce)
{
    EXPECT_EQ(closing->close(clerk, 2021).error().kind(), Error::Kind::Refused);
    EXPECT_EQ(closing->close(reviewer, 2021).error().kind(), Error::Kind::Refused);
    EXPECT_FALSE(*workspace->repositories().closedYears.isClosed(2021));
    ASSERT_TRUE(closing->close(administrator, 2021).ok());
    EXPECT_TRUE(*workspace->repositories().closedYears.isClosed(2021));
    EXPECT_EQ(closing->close(administrator, 2021).error().kind(), Error::Kind::Refused);
    EXPECT_TRUE(closing->preview(2021)->alreadyClosed);
}

TEST_F(YearClosingServiceTest, UnfinishedMultiYearTasksCarryOverLinkedToTheOriginal)
{
    Task rated = TestData::collectiveTask(unit, u"Xây dựng nông thôn mới nâng cao"_s);
    rated.endYear = 2023;
    rated.status = TaskStatus::Approved;
    rated.progressPercent = 40;
    rated.rating = Rating::Completed;   // this year's rating and score are not next year's
    rated.score = 60;
    const Task unfinished = TestData(workspace->repositories()).addTask(rated);
    approvedTask(u"Đã xong sớm"_s, 2023, 100);
    approvedTask(u"Việc một năm"_s, std::nullopt, 60);
    Task draft = TestData::collectiveTask(unit, u"Nháp nhiều năm"_s);
    draft.endYear = 2022;
    TestData(workspace->repositories()).addTask(draft);

    const Result<YearClosingService::Preview> preview = closing->preview(2021);
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview->toCarryOver, 1);
    EXPECT_EQ(preview->unrated, 2);

    const Result<int> carried = closing->close(administrator, 2021);
    ASSERT_TRUE(carried.ok());
    EXPECT_EQ(*carried, 1);
    const QList<Task> next = tasksOf(2022);
    ASSERT_EQ(next.size(), 1);
    EXPECT_EQ(next.first().title, unfinished.title);
    EXPECT_EQ(next.first().continuesTaskId, unfinished.id);
    EXPECT_EQ(next.first().endYear, 2023);
    EXPECT_EQ(next.first().status, TaskStatus::Approved);
    EXPECT_EQ(next.first().progressPercent, 40);
    EXPECT_FALSE(next.first().rating.has_value());
    EXPECT_FALSE(next.first().score.has_value());
    EXPECT_EQ(tasksOf(2021).size(), 5);   // the originals stay in their year
}

TEST_F(YearClosingServiceTest, AClosedYearRefusesEveryOrdinaryChange)
{
    approveTask();
    const Task draft = TestData(workspace->repositories()).addCollectiveTask(unit, u"Bản nháp"_s);
    ASSERT_TRUE(closing->close(administrator, 2021).ok());

    Task edited = reread(draft.id);
    edited.title = u"Sửa sau khi khóa sổ"_s;
    EXPECT_EQ(tasks->update(edited).error().kind(), Error::Kind::Refused);
    EXPECT_EQ(tasks->remove(draft.id, edited.version).error().kind(), Error::Kind::Refused);
    EXPECT_EQ(tasks->add(TestData::collectiveTask(unit, u"Đăng ký muộn"_s)).error().kind(), Error::Kind::Refused);
    EXPECT_EQ(review->rate(reviewer, task.id, Rating::Good, std::nullopt, u"Tốt"_s, decided).error().kind(), Error::Kind::Refused);
    Task adjusted = reread(task.id);
    adjusted.title = u"Điều chỉnh muộn"_s;
    EXPECT_EQ(review->adjust(reviewer, adjusted, decided).error().kind(), Error::Kind::Refused);
    EXPECT_EQ(review->supplement(reviewer, TestData::collectiveTask(unit, u"Bổ sung muộn"_s), decided).error().kind(),
              Error::Kind::Refused);
    ProgressNote note{0, task.id, QDate(2022, 1, 5), 90, u"Muộn"_s, std::nullopt, 0};
    EXPECT_EQ(progress->addNote(clerk, note).error().kind(), Error::Kind::Refused);
    EXPECT_EQ(reread(task.id).title, u"Đô thị loại V"_s);
    EXPECT_EQ(reread(draft.id).title, u"Bản nháp"_s);
}

TEST_F(YearClosingServiceTest, ATaskDeletedBeforeTheClosingStaysInTheBin)
{
    const Task draft = TestData(workspace->repositories()).addCollectiveTask(unit, u"Xóa trước khi khóa sổ"_s);
    ASSERT_TRUE(tasks->remove(draft.id, draft.version).ok());
    ASSERT_TRUE(closing->close(administrator, 2021).ok());
    EXPECT_EQ(tasks->restore(draft.id, draft.version + 1).error().kind(), Error::Kind::Refused);
    EXPECT_FALSE(tasks->find(draft.id).ok());
}

TEST_F(YearClosingServiceTest, ALateAmendmentIsTheAdministratorsAndIsRecordedAsSuch)
{
    approveTask();
    Task amended = reread(task.id);
    amended.assessment = u"Bổ sung nhận xét sau tổng kết"_s;
    ReviewService::Details late = decided;
    late.reason = u"Theo kết luận của Ban Thường vụ"_s;
    EXPECT_EQ(review->amendLate(administrator, amended, late).error().kind(), Error::Kind::Refused);   // not closed yet
    ASSERT_TRUE(closing->close(administrator, 2021).ok());
    EXPECT_EQ(review->amendLate(reviewer, amended, late).error().kind(), Error::Kind::Refused);
    ReviewService::Details noReason = late;
    noReason.reason.clear();
    EXPECT_EQ(review->amendLate(administrator, amended, noReason).error().kind(), Error::Kind::Validation);

    const Result<int> done = review->amendLate(administrator, amended, late);
    ASSERT_TRUE(done.ok()) << describe(done.error());
    EXPECT_EQ(reread(task.id).assessment, u"Bổ sung nhận xét sau tổng kết"_s);
    const Decision decision = workspace->repositories().decisions.ofTask(task.id)->last();
    EXPECT_TRUE(decision.lateAmendment);
    EXPECT_EQ(decision.reason, late.reason);

    const QList<AuditEntry> trail = *workspace->repositories().audit.ofTask(task.id);
    const auto assessmentChange = std::find_if(trail.begin(), trail.end(),
                                               [](const AuditEntry &e) { return e.field == u"assessment"_s; });
    ASSERT_NE(assessmentChange, trail.end());
    EXPECT_TRUE(assessmentChange->note.contains(late.reason));
    // The note does not outlive the amendment.
    const Task other = TestData(workspace->repositories()).addCollectiveTask(unit, u"Năm sau"_s, 2022);
    EXPECT_TRUE(workspace->repositories().audit.ofTask(other.id)->first().note.isEmpty());
}
