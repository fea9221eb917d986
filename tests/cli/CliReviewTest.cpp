#include "CliRunner.h"
#include "DecisionRepository.h"
#include "TaskQuery.h"
#include "TaskRepository.h"
#include "TemporaryDatabase.h"
#include "TestBackend.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

const QString AdminPassword = u"mật khẩu quản trị"_s;
const QString ReviewerPassword = u"mật khẩu người duyệt"_s;
const QString ClerkPassword = u"mật khẩu văn thư"_s;

// A file with accounts and four registrations of 2026 waiting for review, read from a list as an
// office receives it.
class CliReviewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        DOTPHA_FILE_ONLY("Dotpha's own accounts and passwords (the server's logins are the server's)");
        qunsetenv("DOTPHA_PASSWORD");
        ASSERT_EQ(cli({u"init"_s}).exitCode, 0);
        ASSERT_EQ(cli({u"user"_s, u"add"_s, u"quantri"_s, u"--role"_s, u"administrator"_s, u"--name"_s,
                       u"Nguyễn Quản Trị"_s}, AdminPassword + u'\n').exitCode, 0);
        for (const auto &[login, role, name, password] :
             {std::tuple{u"duyet"_s, u"reviewer"_s, u"Trần Văn Duyệt"_s, ReviewerPassword},
              std::tuple{u"vanthu"_s, u"clerk"_s, u"Lê Văn Thư"_s, ClerkPassword}}) {
            const CliRun added = cli({u"user"_s, u"add"_s, login, u"--role"_s, role, u"--name"_s, name, u"--user"_s,
                                      u"quantri"_s}, AdminPassword + u'\n' + password + u'\n');
            ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
        }
        const QString list = temporary.pathFor(u"dang-ky.csv"_s);
        QFile file(list);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(u"Năm,Đơn vị,Tên việc,Mục tiêu,Thời hạn,Trạng thái\n"
                   "2026,Xã Mỹ Bằng,Chuyển đổi số,100% hồ sơ trực tuyến,30/11/2026,Chờ duyệt\n"
                   "2026,Xã Mỹ Bằng,Đô thị loại V,Đạt tiêu chí,30/11/2026,Chờ duyệt\n"
                   "2026,Xã Thái Bình,Cải cách hành chính,Giảm thời gian,30/11/2026,Chờ duyệt\n"
                   "2026,Xã Thái Bình,Chợ nông sản,Xây chợ,30/11/2026,Chờ duyệt\n"_s.toUtf8());
        file.close();
        const CliRun imported = cli({u"import"_s, list, u"--create-missing"_s, u"--user"_s, u"vanthu"_s},
                                    ClerkPassword + u'\n');
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }

    void TearDown() override { qunsetenv("DOTPHA_PASSWORD"); }

    CliRun cli(const QStringList &arguments, const QString &input = {})
    {
        return runCli(QStringList{u"--db"_s, temporary.path()} + arguments, input);
    }

    CliRun review(const QStringList &arguments, const QString &login = u"duyet"_s)
    {
        const QString password = login == u"duyet"_s ? ReviewerPassword : ClerkPassword;
        return cli(QStringList{u"review"_s} + arguments + QStringList{u"--user"_s, login}, password + u'\n');
    }

    qint64 taskTitled(const QString &title)
    {
        auto workspace = temporary.open();
        const Result<QList<Task>> tasks = workspace->repositories().tasks.list(TaskQuery{});
        for (const Task &task : *tasks) {
            if (task.title == title)
                return task.id;
        }
        ADD_FAILURE() << "no task " << title.toStdString();
        return 0;
    }

    TemporaryDatabase temporary;
};

} // namespace

// Approve, adjust with a decision number and date, return and reject with reasons, rate: each
// recorded as the window records it, with its number, date, reason and reviewer.
TEST_F(CliReviewTest, AReviewersDecisionsAreRecordedWithTheirNumberDateAndReason)
{
    const QString id = QString::number(taskTitled(u"Chuyển đổi số"_s));
    const CliRun approved = review({u"approve"_s, u"--task"_s, id, u"--number"_s, u"Số 15-QĐ/TU"_s, u"--date"_s,
                                    u"2026-02-10"_s});
    ASSERT_EQ(approved.exitCode, 0) << approved.err.toStdString();
    const CliRun adjusted = review({u"adjust"_s, u"--task"_s, id, u"--title"_s, u"Chuyển đổi số toàn diện"_s,
                                    u"--deadline"_s, u"2026-12-15"_s, u"--number"_s, u"Số 21-QĐ/TU"_s, u"--date"_s,
                                    u"2026-03-01"_s, u"--reason"_s, u"Mở rộng phạm vi"_s});
    ASSERT_EQ(adjusted.exitCode, 0) << adjusted.err.toStdString();
    const CliRun rated = review({u"rate"_s, u"--task"_s, id, u"--rating"_s, u"good"_s, u"--score"_s, u"82"_s,
                                 u"--date"_s, u"2026-12-20"_s});
    ASSERT_EQ(rated.exitCode, 0) << rated.err.toStdString();
    const QString returned = QString::number(taskTitled(u"Đô thị loại V"_s));
    ASSERT_EQ(review({u"return"_s, u"--task"_s, returned, u"--reason"_s, u"Thiếu chỉ tiêu"_s}).exitCode, 0);
    const QString rejected = QString::number(taskTitled(u"Cải cách hành chính"_s));
    ASSERT_EQ(review({u"reject"_s, u"--task"_s, rejected, u"--reason"_s, u"Trùng nhiệm vụ"_s}).exitCode, 0);

    auto workspace = temporary.open();
    Repositories &repositories = workspace->repositories();
    const Task task = *repositories.tasks.find(id.toLongLong());
    EXPECT_EQ(task.status, TaskStatus::Approved);
    EXPECT_EQ(task.title, u"Chuyển đổi số toàn diện"_s);
    EXPECT_EQ(task.deadline, QDate(2026, 12, 15));
    EXPECT_EQ(task.rating, Rating::Good);
    EXPECT_EQ(task.score, 82);
    const QList<Decision> decisions = *repositories.decisions.ofTask(task.id);
    ASSERT_EQ(decisions.size(), 3);
    EXPECT_EQ(decisions.at(1).kind, DecisionKind::Adjust);
    EXPECT_EQ(decisions.at(1).number, u"Số 21-QĐ/TU"_s);
    EXPECT_EQ(decisions.at(1).decidedOn, QDate(2026, 3, 1));
    EXPECT_EQ(decisions.at(1).reason, u"Mở rộng phạm vi"_s);
    EXPECT_EQ(decisions.at(1).reviewerName, u"Trần Văn Duyệt"_s);
    EXPECT_EQ(repositories.tasks.find(returned.toLongLong())->status, TaskStatus::Returned);
    EXPECT_EQ(repositories.tasks.find(rejected.toLongLong())->status, TaskStatus::Rejected);
    EXPECT_EQ(repositories.decisions.ofTask(returned.toLongLong())->constFirst().reason, u"Thiếu chỉ tiêu"_s);
}

// The rules are the service's: a clerk may not decide, a return needs its reason, an approved
// task is not approved twice; nothing is written by a refusal.
TEST_F(CliReviewTest, TheServicesRulesHoldOnTheCommandLine)
{
    const QString id = QString::number(taskTitled(u"Chợ nông sản"_s));
    const CliRun byClerk = review({u"approve"_s, u"--task"_s, id}, u"vanthu"_s);
    EXPECT_EQ(byClerk.exitCode, 1) << byClerk.out.toStdString();
    const CliRun noReason = review({u"return"_s, u"--task"_s, id});
    EXPECT_EQ(noReason.exitCode, 1);
    EXPECT_TRUE(noReason.err.contains(u"reason"_s)) << noReason.err.toStdString();
    ASSERT_EQ(review({u"approve"_s, u"--task"_s, id}).exitCode, 0);
    EXPECT_EQ(review({u"approve"_s, u"--task"_s, id}).exitCode, 1) << "approved already";
    {
        auto workspace = temporary.open();
        EXPECT_EQ(workspace->repositories().decisions.ofTask(id.toLongLong())->size(), 1);
    }
    EXPECT_EQ(review({u"approve"_s}).exitCode, 2) << "no task";
    EXPECT_EQ(review({u"rate"_s, u"--task"_s, id, u"--rating"_s, u"best"_s}).exitCode, 2);
    EXPECT_EQ(review({u"frobnicate"_s, u"--task"_s, id}).exitCode, 2);
    EXPECT_EQ(review({u"approve"_s, u"--task"_s, id, u"--date"_s, u"10/02/2026"_s}).exitCode, 2);
}
