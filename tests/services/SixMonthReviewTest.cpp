#include "DecisionRepository.h"
#include "ProgressNoteRepository.h"
#include "SixMonthReview.h"
#include "SixMonthSentence.h"
#include "TaskRepository.h"
#include "TemporaryDatabase.h"
#include "TestData.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

constexpr int Year = 2026;

class SixMonthReviewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        workspace = temporary.open();
        ASSERT_TRUE(workspace);
        data = std::make_unique<TestData>(workspace->repositories());
        unit = data->addUnit(u"xã Mỹ Bằng"_s);
    }

    // Today's progress is what the task says now: the review must not read it.
    Task approved(const QString &title, const QDate &deadline, int progressToday, int year = Year)
    {
        Task task = TestData::collectiveTask(unit, title, year);
        task.status = TaskStatus::Approved;
        task.deadline = deadline;
        task.progressPercent = progressToday;
        Task added = data->addTask(task);
        tasks << added;
        return added;
    }

    void note(const Task &task, const QDate &day, std::optional<int> percent, const QString &text = u"Ghi nhận"_s)
    {
        ProgressNote note;
        note.taskId = task.id;
        note.notedOn = day;
        note.percent = percent;
        note.text = text;
        ASSERT_TRUE(workspace->repositories().progressNotes.add(note).ok());
    }

    void decide(const Task &task, DecisionKind kind, const QDate &day)
    {
        Decision decision;
        decision.taskId = task.id;
        decision.kind = kind;
        decision.decidedOn = day;
        ASSERT_TRUE(workspace->repositories().decisions.add(decision).ok());
    }

    SixMonthReview reviewOn(const QDate &day)
    {
        Result<SixMonthReview> review = SixMonthReview::of(workspace->repositories().progressNotes,
                                                           workspace->repositories().decisions, tasks, Year, day);
        EXPECT_TRUE(review.ok());
        return std::move(review).value();
    }

    const SixMonthReview::Standing &standingOf(const SixMonthReview &review, const QString &title)
    {
        for (const SixMonthReview::Standing &standing : review.standings()) {
            if (standing.task.title == title)
                return standing;
        }
        ADD_FAILURE() << "no " << title.toStdString();
        return review.standings().first();
    }

    TemporaryDatabase temporary;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<TestData> data;
    Unit unit;
    QList<Task> tasks;
};

} // namespace

// The figures at 30 June come from the notes recorded until then, that day's included: a note of
// 1 July and today's progress do not count, and a note without a percent keeps the last percent.
TEST_F(SixMonthReviewTest, TheFiguresComeFromTheHistoryUntilTheDayNotFromToday)
{
    const QDate endOfYear(Year, 12, 31);
    const Task onTrack = approved(u"Đúng tiến độ"_s, endOfYear, 90);
    note(onTrack, QDate(Year, 5, 1), 30);
    note(onTrack, QDate(Year, 6, 30), 45);
    note(onTrack, QDate(Year, 7, 1), 90);
    const Task behind = approved(u"Chậm tiến độ"_s, endOfYear, 80);
    note(behind, QDate(Year, 3, 1), 10);
    note(behind, QDate(Year, 6, 15), std::nullopt, u"Chờ bố trí kinh phí"_s);
    approved(u"Quá hạn"_s, QDate(Year, 6, 1), 100);   // finished in July, overdue on 30 June
    const Task done = approved(u"Đã xong"_s, endOfYear, 100);
    note(done, QDate(Year, 6, 10), 100);
    const Task lastYear = approved(u"Năm trước"_s, QDate(Year - 1, 12, 31), 0, Year - 1);
    note(lastYear, QDate(Year - 1, 6, 1), 70);
    tasks.removeLast();

    const SixMonthReview review = reviewOn(SixMonthReview::middleOf(Year));
    EXPECT_EQ(standingOf(review, u"Đúng tiến độ"_s).task.progressPercent, 45);
    EXPECT_EQ(standingOf(review, u"Đúng tiến độ"_s).state, ExecutionState::State::OnTrack);
    EXPECT_EQ(standingOf(review, u"Chậm tiến độ"_s).task.progressPercent, 10);
    EXPECT_EQ(standingOf(review, u"Chậm tiến độ"_s).state, ExecutionState::State::BehindSchedule);
    EXPECT_EQ(standingOf(review, u"Chậm tiến độ"_s).latestNote->text, u"Chờ bố trí kinh phí"_s);
    EXPECT_EQ(standingOf(review, u"Quá hạn"_s).task.progressPercent, 0);
    EXPECT_EQ(standingOf(review, u"Quá hạn"_s).state, ExecutionState::State::Overdue);
    EXPECT_FALSE(standingOf(review, u"Quá hạn"_s).latestNote.has_value());
    EXPECT_EQ(standingOf(review, u"Đã xong"_s).state, ExecutionState::State::Completed);
    EXPECT_EQ(review.averagePercent(), 39);   // (45 + 10 + 0 + 100) / 4 = 38.75
    ASSERT_EQ(review.lagging().size(), 2);
    EXPECT_EQ(review.lagging().at(0).task.title, u"Chậm tiến độ"_s);
    EXPECT_EQ(SixMonthSentence::compose(review),
              u"Sáu tháng đầu năm 2026, trong 4 việc đột phá, đổi mới đã được phê duyệt (tập thể: 4 việc; cá nhân: 0 "
              "việc), có 1 việc đã hoàn thành, 1 việc đang thực hiện đúng tiến độ, 1 việc chậm tiến độ và 1 việc quá "
              "hạn mà chưa hoàn thành; tiến độ thực hiện bình quân đạt 39%."_s);

    // A day later, the note of 1 July counts.
    const SixMonthReview later = reviewOn(QDate(Year, 7, 1));
    EXPECT_EQ(standingOf(later, u"Đúng tiến độ"_s).task.progressPercent, 90);
    EXPECT_TRUE(SixMonthSentence::compose(later).startsWith(u"Tính đến ngày 01/07/2026, trong 4 việc"_s));
}

// Which tasks were results on 30 June comes from the decisions dated until then: one approved in
// July is left out, one approved in March and returned in July is in, as approved.
TEST_F(SixMonthReviewTest, TheTasksReviewedAreThoseApprovedOnTheDayNotToday)
{
    const QDate endOfYear(Year, 12, 31);
    const Task approvedInMarch = approved(u"Duyệt tháng 3"_s, endOfYear, 0);
    decide(approvedInMarch, DecisionKind::Approve, QDate(Year, 3, 1));
    decide(approvedInMarch, DecisionKind::Adjust, QDate(Year, 8, 1));
    const Task approvedInJuly = approved(u"Duyệt tháng 7"_s, endOfYear, 0);
    decide(approvedInJuly, DecisionKind::Approve, QDate(Year, 7, 15));
    Task returnedInJuly = approved(u"Trả lại tháng 7"_s, endOfYear, 0);
    decide(returnedInJuly, DecisionKind::Approve, QDate(Year, 2, 1));
    decide(returnedInJuly, DecisionKind::Return, QDate(Year, 7, 10));
    returnedInJuly.status = TaskStatus::Returned;
    tasks.last() = returnedInJuly;
    const Task returnedInJune = approved(u"Trả lại tháng 6"_s, endOfYear, 0);
    decide(returnedInJune, DecisionKind::Assign, QDate(Year, 2, 1));
    decide(returnedInJune, DecisionKind::Return, QDate(Year, 6, 30));
    const Task assignedOnTheDay = approved(u"Giao đúng ngày"_s, endOfYear, 0);
    decide(assignedOnTheDay, DecisionKind::Assign, QDate(Year, 6, 30));

    const SixMonthReview review = reviewOn(SixMonthReview::middleOf(Year));
    QStringList reviewed;
    for (const SixMonthReview::Standing &standing : review.standings())
        reviewed << standing.task.title;
    EXPECT_EQ(reviewed, (QStringList{u"Duyệt tháng 3"_s, u"Trả lại tháng 7"_s, u"Giao đúng ngày"_s}));
    EXPECT_EQ(standingOf(review, u"Trả lại tháng 7"_s).state, ExecutionState::State::BehindSchedule);   // 0% at mid-year
    EXPECT_EQ(reviewOn(QDate(Year, 7, 15)).standings().size(), 3);   // March, July, the day's: not those returned
}

// An adjustment or a rating changes no status: a task carried over approved from last year, whose
// first decision is its rating in December, was approved at 30 June; a rejected one amended late
// was not.
TEST_F(SixMonthReviewTest, AnAdjustmentOrARatingLeavesTheStatusAsItWas)
{
    const QDate endOfYear(Year, 12, 31);
    const Task carriedOver = approved(u"Chuyển tiếp"_s, endOfYear, 100);
    decide(carriedOver, DecisionKind::Rate, QDate(Year, 12, 20));
    Task rejected = approved(u"Không phê duyệt"_s, endOfYear, 0);
    decide(rejected, DecisionKind::Reject, QDate(Year, 2, 1));
    decide(rejected, DecisionKind::Adjust, QDate(Year, 5, 1));   // an administrator's late amendment
    rejected.status = TaskStatus::Rejected;
    tasks.last() = rejected;
    const Task adjusted = approved(u"Điều chỉnh"_s, endOfYear, 0);
    decide(adjusted, DecisionKind::Approve, QDate(Year, 2, 1));
    decide(adjusted, DecisionKind::Adjust, QDate(Year, 5, 1));

    const SixMonthReview review = reviewOn(SixMonthReview::middleOf(Year));
    QStringList reviewed;
    for (const SixMonthReview::Standing &standing : review.standings())
        reviewed << standing.task.title;
    EXPECT_EQ(reviewed, (QStringList{u"Chuyển tiếp"_s, u"Điều chỉnh"_s}));
}

TEST_F(SixMonthReviewTest, AYearWithNoApprovedTaskSaysSo)
{
    EXPECT_EQ(SixMonthSentence::compose(reviewOn(SixMonthReview::middleOf(Year))),
              u"Sáu tháng đầu năm 2026, chưa có việc đột phá, đổi mới nào được phê duyệt."_s);
}
