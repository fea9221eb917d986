#include "AuditRepository.h"
#include "CliApplication.h"
#include "OutsideDotpha.h"
#include "TaskRepository.h"
#include "TemporaryDatabase.h"
#include "TestBackend.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

const QString AdminPassword = u"mật khẩu quản trị"_s;
const QString ClerkPassword = u"mật khẩu văn thư"_s;

} // namespace

// The command line on a database with accounts: whoever changes it signs in; whoever reads does not.
class CliAccountsTest : public ::testing::Test
{
protected:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };

    void SetUp() override
    {
        qunsetenv("DOTPHA_PASSWORD");
        ASSERT_EQ(cli({u"init"_s, u"--sample"_s}).exitCode, 0);
        const Run admin = cli({u"user"_s, u"add"_s, u"quantri"_s, u"--role"_s, u"administrator"_s, u"--name"_s,
                               u"Nguyễn Quản Trị"_s}, AdminPassword + u'\n');
        ASSERT_EQ(admin.exitCode, 0) << admin.err.toStdString();
        const Run clerk = cli({u"user"_s, u"add"_s, u"vanthu"_s, u"--role"_s, u"clerk"_s, u"--name"_s, u"Lê Văn Thư"_s,
                               u"--user"_s, u"quantri"_s}, AdminPassword + u'\n' + ClerkPassword + u'\n');
        ASSERT_EQ(clerk.exitCode, 0) << clerk.err.toStdString();
        csv = temporary.pathFor(u"dang-ky.csv"_s);
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(u"Năm,Đơn vị,Tên việc,Trạng thái\n2022,xã Mỹ Bằng,Đô thị loại V,Đã phê duyệt\n"_s.toUtf8());
    }

    void TearDown() override { qunsetenv("DOTPHA_PASSWORD"); }

    Run cli(const QStringList &arguments, QString input = {})
    {
        QString out, err;
        QTextStream inStream(&input), outStream(&out), errStream(&err);
        const int exitCode = CliApplication(inStream, outStream, errStream)
                                 .run(QStringList{u"dotpha-cli"_s, u"--db"_s, temporary.path()} + arguments);
        return {exitCode, out, err};
    }

    int taskCount()
    {
        auto workspace = temporary.open();
        return *workspace->repositories().tasks.count(TaskQuery{});
    }

    TemporaryDatabase temporary;
    QString csv;
};

TEST_F(CliAccountsTest, AWritingCommandNeedsTheSignInAndIsRecordedUnderIt)
{
    DOTPHA_FILE_ONLY("Dotpha's own passwords; on the server the login's password is the server's "
                     "(CliApplicationTest.OnTheServerAPersonsLoginActsAsTheirAccountWithoutAnotherPassword)");
    const int before = taskCount();
    const Run anonymous = cli({u"import"_s, csv, u"--create-missing"_s, u"--record-decisions"_s});
    EXPECT_EQ(anonymous.exitCode, 1);
    EXPECT_TRUE(anonymous.err.contains(u"--user"_s)) << anonymous.err.toStdString();
    const Run wrong = cli({u"import"_s, csv, u"--create-missing"_s, u"--record-decisions"_s, u"--user"_s, u"quantri"_s},
                          u"đoán bừa\n"_s);
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_EQ(taskCount(), before);

    qputenv("DOTPHA_PASSWORD", AdminPassword.toUtf8());
    const Run signedIn =
        cli({u"import"_s, csv, u"--create-missing"_s, u"--record-decisions"_s, u"--user"_s, u"quantri"_s});
    ASSERT_EQ(signedIn.exitCode, 0) << signedIn.err.toStdString();
    EXPECT_EQ(taskCount(), before + 1);
    auto workspace = temporary.open();
    const AuditEntry newest = workspace->repositories().audit.newest(1)->first();
    EXPECT_EQ(newest.actor, u"dotpha-cli (Nguyễn Quản Trị)"_s);
    EXPECT_TRUE(newest.actorId.has_value());
}

TEST_F(CliAccountsTest, AClerkMayNotRecordTheFilesDecisions)
{
    const int before = taskCount();
    const Run clerk = cli({u"import"_s, csv, u"--create-missing"_s, u"--record-decisions"_s, u"--user"_s, u"vanthu"_s},
                          ClerkPassword + u'\n');
    EXPECT_EQ(clerk.exitCode, 1);
    EXPECT_EQ(taskCount(), before);
}

TEST_F(CliAccountsTest, ReadingCommandsNeedNoSignIn)
{
    EXPECT_EQ(cli({u"summary"_s, u"--year"_s, u"2021"_s}).exitCode, 0);
    EXPECT_EQ(cli({u"check"_s}).exitCode, 0);
    EXPECT_EQ(cli({u"export"_s, u"--year"_s, u"2021"_s, temporary.pathFor(u"xuat.csv"_s)}).exitCode, 0);
    const Run list = cli({u"user"_s, u"list"_s});
    ASSERT_EQ(list.exitCode, 0);
    EXPECT_TRUE(list.out.contains(u"vanthu"_s) && list.out.contains(u"Lê Văn Thư"_s));
}

TEST_F(CliAccountsTest, AccountsAreKeptByAdministratorsWithPasswordsFromStandardInput)
{
    DOTPHA_FILE_ONLY("Dotpha's own passwords; on the server the login's password is the server's "
                     "(CliApplicationTest.OnTheServerAPersonsLoginActsAsTheirAccountWithoutAnotherPassword)");
    EXPECT_EQ(cli({u"user"_s, u"disable"_s, u"quantri"_s, u"--user"_s, u"vanthu"_s}, ClerkPassword + u'\n').exitCode, 1);
    const Run passwd = cli({u"user"_s, u"passwd"_s, u"vanthu"_s, u"--user"_s, u"vanthu"_s},
                           ClerkPassword + u"\nmật khẩu mới của văn thư\n"_s);
    ASSERT_EQ(passwd.exitCode, 0) << passwd.err.toStdString();
    EXPECT_EQ(cli({u"user"_s, u"disable"_s, u"vanthu"_s, u"--user"_s, u"quantri"_s}, AdminPassword + u'\n').exitCode, 0);
    const Run disabled = cli({u"import"_s, csv, u"--create-missing"_s, u"--user"_s, u"vanthu"_s},
                             u"mật khẩu mới của văn thư\n"_s);
    EXPECT_EQ(disabled.exitCode, 1);
    EXPECT_TRUE(disabled.err.contains(u"deactivated"_s)) << disabled.err.toStdString();
    EXPECT_EQ(cli({u"user"_s, u"add"_s, u"x"_s}).exitCode, 2);   // no role
    EXPECT_EQ(cli({u"generate"_s, u"--tasks"_s, u"10"_s, u"--user"_s, u"quantri"_s}, AdminPassword + u'\n').exitCode, 1);
}

TEST_F(CliAccountsTest, CheckExpectCatchesATrailRewrittenAfterTheHeadWasTaken)
{
    const Run first = cli({u"check"_s});
    ASSERT_EQ(first.exitCode, 0);
    const QRegularExpressionMatch seal = QRegularExpression(u"--expect (\\d+:[0-9a-f]+)"_s).match(first.out);
    ASSERT_TRUE(seal.hasMatch()) << first.out.toStdString();
    EXPECT_EQ(cli({u"check"_s, u"--expect"_s, seal.captured(1)}).exitCode, 0);
    // The newest seal removed together with its records: the chain itself is still whole.
    changeOutsideDotpha(temporary.path(), u"DELETE FROM audit_log WHERE id >= (SELECT first_id FROM audit_seal "
                                          "ORDER BY last_id DESC LIMIT 1)"_s);
    changeOutsideDotpha(temporary.path(), u"DELETE FROM audit_seal WHERE last_id = (SELECT max(last_id) FROM audit_seal)"_s);
    const Run expected = cli({u"check"_s, u"--expect"_s, seal.captured(1)});
    EXPECT_EQ(expected.exitCode, 1);
    EXPECT_TRUE(expected.err.contains(seal.captured(1).section(u':', 0, 0))) << expected.err.toStdString();
    EXPECT_EQ(cli({u"check"_s, u"--expect"_s, u"không phải mã"_s}).exitCode, 2);
}

TEST_F(CliAccountsTest, RestoreNeedsAnAdministratorOfTheBackup)
{
    DOTPHA_FILE_ONLY("restoring a file from its backup");
    const QString backup = temporary.pathFor(u"sao-luu.sqlite"_s);
    ASSERT_EQ(cli({u"backup"_s, backup}).exitCode, 0);
    EXPECT_EQ(cli({u"restore"_s, backup}).exitCode, 1);
    EXPECT_EQ(cli({u"restore"_s, backup, u"--user"_s, u"vanthu"_s}, ClerkPassword + u'\n').exitCode, 1);
    const Run restored = cli({u"restore"_s, backup, u"--user"_s, u"quantri"_s}, AdminPassword + u'\n');
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    EXPECT_TRUE(restored.out.contains(u"before-restore"_s)) << restored.out.toStdString();
    EXPECT_EQ(cli({u"check"_s}).exitCode, 0);
}

// A backup from before the accounts existed must not let anyone replace the database that has them.
TEST_F(CliAccountsTest, RestoreNeedsAnAdministratorOfTheDatabaseItReplaces)
{
    DOTPHA_FILE_ONLY("restoring a file from its backup");
    const QString backup = temporary.pathFor(u"khong-tai-khoan.sqlite"_s);
    {
        QString out, err, input;
        QTextStream inStream(&input), outStream(&out), errStream(&err);
        ASSERT_EQ(CliApplication(inStream, outStream, errStream)
                      .run({u"dotpha-cli"_s, u"--db"_s, backup, u"init"_s, u"--sample"_s}), 0) << err.toStdString();
    }
    const Run anonymous = cli({u"restore"_s, backup});
    EXPECT_EQ(anonymous.exitCode, 1);
    EXPECT_TRUE(anonymous.err.contains(u"--user"_s)) << anonymous.err.toStdString();
    const Run clerk = cli({u"restore"_s, backup, u"--user"_s, u"vanthu"_s}, ClerkPassword + u'\n');
    EXPECT_EQ(clerk.exitCode, 1);
    EXPECT_TRUE(clerk.err.contains(u"administrator"_s)) << clerk.err.toStdString();
    EXPECT_EQ(cli({u"user"_s, u"list"_s}).out.count(u"vanthu"_s), 1);   // still the database with accounts
    const Run restored = cli({u"restore"_s, backup, u"--user"_s, u"quantri"_s}, AdminPassword + u'\n');
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
}

// Run as from cron or a service, without XDG_RUNTIME_DIR: nothing but Dotpha's own words.
TEST(CliProcess, PrintsOnlyItsOwnMessages)
{
    TemporaryDatabase temporary;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"XDG_RUNTIME_DIR"_s);
    environment.remove(u"DOTPHA_DEBUG"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DOTPHA_CLI), {u"--db"_s, temporary.path(), u"init"_s, u"--sample"_s});
    ASSERT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 0);
    process.start(QStringLiteral(DOTPHA_CLI), {u"--db"_s, temporary.path(), u"report"_s, u"--year"_s, u"2021"_s,
                                               u"--kind"_s, u"year-end"_s, u"--out"_s, temporary.pathFor(u"r.pdf"_s)});
    ASSERT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 0);
    EXPECT_EQ(process.readAllStandardError(), QByteArray());
}
