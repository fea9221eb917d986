#include "AccountService.h"
#include "AuditRepository.h"
#include "ClosedYearRepository.h"
#include "IndicatorRepository.h"
#include "OutsideDotpha.h"
#include "ServiceFixture.h"
#include "Services.h"
#include "TaskRepository.h"
#include "UserRepository.h"
#include "WorkItemRepository.h"


using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

// Lets a colleague act right after a service read whether a year is closed: what a second PC
// does between a service's check and its write.
class InterleavingClosedYears final : public ClosedYearRepository
{
public:
    InterleavingClosedYears(ClosedYearRepository &inner, std::function<void()> colleague)
        : m_inner(inner), m_colleague(std::move(colleague)) {}

    Result<bool> isClosed(int year) override
    {
        const Result<bool> closed = m_inner.isClosed(year);
        if (m_colleague)
            std::exchange(m_colleague, {})();
        return closed;
    }
    Status close(int year, const QString &closedBy, const ScoreThresholds &thresholds) override
    {
        return m_inner.close(year, closedBy, thresholds);
    }
    Result<std::optional<ScoreThresholds>> thresholdsOf(int year) override { return m_inner.thresholdsOf(year); }
    Result<QList<int>> all() override { return m_inner.all(); }

private:
    ClosedYearRepository &m_inner;
    std::function<void()> m_colleague;
};

Repositories withClosedYears(Repositories &r, ClosedYearRepository &closedYears)
{
    return {r.units, r.people, r.fields, r.tasks, r.decisions, r.progressNotes, r.workItems, r.indicators,
            r.users, r.settings, r.committeeKey, r.exchangeLog, r.exchangePartners, r.figures, r.audit, closedYears, r.attachments, r.transactions};
}

} // namespace

using HonestRecordTest = ServiceFixture;

// The check that the year is open and the write it allows are one transaction: a colleague who
// closes the year in between either waits for the save, or the save does not land in the year.
TEST_F(HonestRecordTest, AYearClosedBetweenTheCheckAndTheWriteGetsNoChangeAfterwards)
{
    auto colleagueWorkspace = temporary.open();
    ASSERT_TRUE(colleagueWorkspace);
    ASSERT_TRUE(colleagueWorkspace->setLockWait(0).ok());
    Services colleague(colleagueWorkspace->repositories());
    Result<int> closed = Error(Error::Kind::Storage, QString());
    InterleavingClosedYears interleaving(workspace->repositories().closedYears,
                                         [&] { closed = colleague.yearClosing().close(administrator, 2021); });
    Repositories mine = withClosedYears(workspace->repositories(), interleaving);
    TaskService service(mine);
    service.setActor(clerk);

    Task edited = *tasks->find(task.id);
    edited.title = u"Đô thị loại V, sửa lần cuối"_s;
    const Result<int> saved = service.update(edited);
    EXPECT_FALSE(saved.ok() && closed.ok()) << "the edit landed in a year closed before it was written";
    EXPECT_TRUE(saved.ok()) << saved.error().message().toStdString();   // the colleague had to wait
}

TEST_F(HonestRecordTest, AnAdjustmentOrARatingCannotPrecedeTheApproval)
{
    approveTask();   // approved on 31/03/2021
    Task adjusted = *tasks->find(task.id);
    adjusted.title = u"Đô thị loại V, giai đoạn 1"_s;
    ReviewService::Details early = decided;
    early.decidedOn = QDate(2021, 3, 1);
    const Result<int> adjustment = review->adjust(reviewer, adjusted, early);
    ASSERT_FALSE(adjustment.ok());
    EXPECT_EQ(adjustment.error().kind(), Error::Kind::Validation);
    EXPECT_TRUE(adjustment.error().message().contains(u"31/03/2021"_s)) << adjustment.error().message().toStdString();
    EXPECT_FALSE(review->rate(reviewer, task.id, Rating::Good, std::nullopt, QString(), early).ok());
    EXPECT_EQ(tasks->find(task.id)->title, u"Đô thị loại V"_s);
    EXPECT_TRUE(review->adjust(reviewer, adjusted, decided).ok());   // the same day is fine
}

TEST_F(HonestRecordTest, AValueIsRemovedOnlyThroughTheTaskItBelongsTo)
{
    approveTask();
    const Task other = TestData(workspace->repositories()).addCollectiveTask(unit, u"Việc khác"_s);
    ASSERT_TRUE(review->submit(clerk, other.id).ok() || true);
    Task ready = *tasks->find(other.id);
    ready.expectedResult = u"Có kết quả"_s;
    ASSERT_TRUE(tasks->update(ready).ok());
    ASSERT_TRUE(review->submit(clerk, other.id).ok());
    ASSERT_TRUE(review->approve(reviewer, other.id, decided).ok());
    const qint64 indicator =
        *progress->addIndicator(clerk, Indicator{0, task.id, u"Thu nhập"_s, u"triệu đồng"_s, 46.0, {}, 0});
    const qint64 value = *progress->recordValue(clerk, task.id, IndicatorValue{0, indicator, QDate(2021, 6, 30), 47, {}});
    // Allowed on the other task, which is approved too, but the value is not that task's.
    const Status removed = progress->removeValue(clerk, other.id, value);
    ASSERT_FALSE(removed.ok());
    EXPECT_EQ(removed.error().kind(), Error::Kind::NotFound);
    EXPECT_EQ(workspace->repositories().indicators.valuesOf(indicator)->size(), 1);
    EXPECT_TRUE(progress->removeValue(clerk, task.id, value).ok());
}

TEST_F(HonestRecordTest, ARoleTakenAwaySinceSignInNoLongerActs)
{
    AccountService accounts(workspace->repositories(), 1000);
    const User admin = *accounts.createFirstAdministrator(u"quantri"_s, u"Quản trị"_s, u"mật khẩu dài"_s);
    User signedIn = *accounts.addUser(admin, userWithRole(UserRole::Clerk, u"vanthu"_s), u"mật khẩu dài"_s);
    User demoted = **workspace->repositories().users.findByLogin(u"vanthu"_s);
    demoted.role = UserRole::Reviewer;
    ASSERT_TRUE(accounts.updateUser(admin, demoted).ok());
    tasks->setActor(signedIn);   // still the clerk of the sign-in
    Task edited = *tasks->find(task.id);
    edited.title = u"Sửa sau khi đổi vai trò"_s;
    const Result<int> saved = tasks->update(edited);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind(), Error::Kind::Refused);
}

TEST_F(HonestRecordTest, AnAccountChangedOutsideDotphaCannotSignIn)
{
    AccountService accounts(workspace->repositories(), 1000);
    const User admin = *accounts.createFirstAdministrator(u"quantri"_s, u"Quản trị"_s, u"mật khẩu dài"_s);
    ASSERT_TRUE(accounts.addUser(admin, userWithRole(UserRole::Clerk, u"vanthu"_s), u"mật khẩu dài"_s).ok());
    ASSERT_TRUE(accounts.signIn(u"vanthu"_s, u"mật khẩu dài"_s).ok());
    workspace.reset();

    // A role raised with the sqlite3 shell.
    changeOutsideDotpha(temporary.path(), u"UPDATE app_user SET role = 'administrator' WHERE login = 'vanthu'"_s);
    workspace = temporary.open();
    AccountService reopened(workspace->repositories(), 1000);
    const Result<User> raised = reopened.signIn(u"vanthu"_s, u"mật khẩu dài"_s);
    ASSERT_FALSE(raised.ok());
    EXPECT_EQ(raised.error().kind(), Error::Kind::Refused);
    EXPECT_TRUE(raised.error().message().contains(u"vanthu"_s));
    EXPECT_TRUE(reopened.signIn(u"quantri"_s, u"mật khẩu dài"_s).ok());   // the others are not affected
    workspace.reset();

    // A password hash computed elsewhere, fingerprint and all.
    const PasswordHash forged = PasswordHash::create(u"mật khẩu khác"_s, 1000);
    changeOutsideDotpha(temporary.path(),
                        u"UPDATE app_user SET password_salt = ?, password_hash = ?, password_iterations = ?, "
                        "password_fingerprint = ? WHERE login = 'quantri'"_s,
                        {forged.salt(), forged.hash(), forged.iterations(), forged.fingerprint()});
    workspace = temporary.open();
    AccountService forgedAccounts(workspace->repositories(), 1000);
    EXPECT_FALSE(forgedAccounts.signIn(u"quantri"_s, u"mật khẩu khác"_s).ok());
}

TEST_F(HonestRecordTest, AccountsDeletedOutsideDotphaDoNotOfferANewAdministrator)
{
    AccountService accounts(workspace->repositories(), 1000);
    ASSERT_TRUE(accounts.createFirstAdministrator(u"quantri"_s, u"Quản trị"_s, u"mật khẩu dài"_s).ok());
    workspace.reset();
    changeOutsideDotpha(temporary.path(), u"DELETE FROM app_user"_s);
    workspace = temporary.open();
    AccountService reopened(workspace->repositories(), 1000);
    const Result<bool> hasUsers = reopened.hasUsers();
    ASSERT_FALSE(hasUsers.ok());
    EXPECT_EQ(hasUsers.error().kind(), Error::Kind::Refused);
    EXPECT_FALSE(reopened.createFirstAdministrator(u"keGian"_s, u"Kẻ gian"_s, u"mật khẩu dài"_s).ok());
    EXPECT_TRUE(workspace->repositories().users.all()->isEmpty());
}

TEST_F(HonestRecordTest, ADeactivatedAccountNoLongerActs)
{
    AccountService accounts(workspace->repositories(), 1000);
    const User admin = *accounts.createFirstAdministrator(u"quantri"_s, u"Quản trị"_s, u"mật khẩu dài"_s);
    const User signedIn = *accounts.addUser(admin, userWithRole(UserRole::Clerk, u"vanthu"_s), u"mật khẩu dài"_s);
    User deactivated = **workspace->repositories().users.findByLogin(u"vanthu"_s);
    deactivated.active = false;
    ASSERT_TRUE(accounts.updateUser(admin, deactivated).ok());
    tasks->setActor(signedIn);
    Task edited = *tasks->find(task.id);
    edited.title = u"Sửa sau khi bị khóa tài khoản"_s;
    const Result<int> saved = tasks->update(edited);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind(), Error::Kind::Refused);
    EXPECT_EQ(tasks->find(task.id)->title, u"Đô thị loại V"_s);
}

// Once a database has accounts, the nameless system account (a first start, the command line on a
// file without accounts) can no longer write.
TEST_F(HonestRecordTest, TheSystemAccountStopsActingOnceThereAreAccounts)
{
    AccountService accounts(workspace->repositories(), 1000);
    ASSERT_TRUE(accounts.createFirstAdministrator(u"quantri"_s, u"Quản trị"_s, u"mật khẩu dài"_s).ok());
    tasks->setActor(administrator);   // id 0: nobody signed in
    Task edited = *tasks->find(task.id);
    edited.title = u"Sửa không đăng nhập"_s;
    const Result<int> saved = tasks->update(edited);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind(), Error::Kind::Refused);
}

TEST_F(HonestRecordTest, AWorkItemIsChangedOnlyThroughItsOwnTaskAndOnlyInItsDoneDate)
{
    approveTask();
    const Task other = TestData(workspace->repositories()).addCollectiveTask(unit, u"Việc khác"_s);
    Task ready = *tasks->find(other.id);
    ready.expectedResult = u"Có kết quả"_s;
    ASSERT_TRUE(tasks->update(ready).ok());
    ASSERT_TRUE(review->submit(clerk, other.id).ok());
    ASSERT_TRUE(review->approve(reviewer, other.id, decided).ok());
    const qint64 id = *progress->addWorkItem(clerk, WorkItem{0, task.id, 1, u"Làm đường trục xã"_s, QDate(2021, 9, 30), {}, 0});
    WorkItem stored = workspace->repositories().workItems.ofTask(task.id)->constFirst();

    WorkItem claimed = stored;
    claimed.taskId = other.id;   // allowed on the other task, but the item is not that task's
    EXPECT_EQ(progress->removeWorkItem(clerk, claimed).error().kind(), Error::Kind::NotFound);
    EXPECT_EQ(progress->setWorkItemDone(clerk, claimed, QDate(2021, 9, 1)).error().kind(), Error::Kind::NotFound);

    WorkItem retitled = stored;
    retitled.title = u"Tiêu đề khác"_s;
    ASSERT_TRUE(progress->setWorkItemDone(clerk, retitled, QDate(2021, 9, 1)).ok());
    const WorkItem after = workspace->repositories().workItems.ofTask(task.id)->constFirst();
    EXPECT_EQ(after.id, id);
    EXPECT_EQ(after.title, u"Làm đường trục xã"_s);
    EXPECT_EQ(after.doneOn, QDate(2021, 9, 1));
}

TEST_F(HonestRecordTest, AnAdjustmentCannotMoveATaskIntoAClosedYear)
{
    approveTask();
    ASSERT_TRUE(closing->close(administrator, 2020).ok());
    Task moved = *tasks->find(task.id);
    moved.year = 2020;
    const Result<int> adjusted = review->adjust(reviewer, moved, decided);
    ASSERT_FALSE(adjusted.ok());
    EXPECT_EQ(tasks->find(task.id)->year, 2021);
}
