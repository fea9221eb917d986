#include "AuditRepository.h"
#include "CliRunner.h"
#include "CommuneFile.h"
#include "CommitteeKeyRepository.h"
#include "PackageReader.h"
#include "ProgressNoteRepository.h"
#include "RegistrationRecords.h"
#include "SigningKey.h"
#include "TaskQuery.h"
#include "TaskRepository.h"
#include "TemporaryDatabase.h"
#include "TestBackend.h"
#include "WorkItemRepository.h"

#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

// The fingerprint a run printed; empty when none.
QString fingerprintIn(const QString &out)
{
    static const QRegularExpression printed(u"([0-9A-F]{4}( [0-9A-F]{4}){7})"_s);
    return printed.match(out).captured(1);
}

} // namespace

// Each committee's database tells its own key's fingerprint, the same each time it is asked.
TEST(CliExchange, KeyPrintsTheCommitteesFingerprint)
{
    TemporaryDatabase commune;
    TemporaryDatabase province;
    ASSERT_EQ(runCli({u"--db"_s, commune.path(), u"init"_s, u"--committee"_s, u"Đảng ủy xã Mỹ Bằng"_s}).exitCode, 0);
    ASSERT_EQ(runCli({u"--db"_s, province.path(), u"init"_s}).exitCode, 0);

    const CliRun key = runCli({u"--db"_s, commune.path(), u"exchange"_s, u"key"_s});
    ASSERT_EQ(key.exitCode, 0) << key.err.toStdString();
    EXPECT_TRUE(key.out.contains(u"Đảng ủy xã Mỹ Bằng"_s)) << key.out.toStdString();
    const QString fingerprint = fingerprintIn(key.out);
    ASSERT_FALSE(fingerprint.isEmpty()) << key.out.toStdString();
    auto workspace = commune.open();
    ASSERT_TRUE(workspace);
    EXPECT_EQ(fingerprint, SigningKey::fingerprint(*workspace->repositories().committeeKey.publicKey()));
    EXPECT_EQ(fingerprintIn(runCli({u"--db"_s, commune.path(), u"exchange"_s, u"key"_s}).out), fingerprint);
    EXPECT_NE(fingerprintIn(runCli({u"--db"_s, province.path(), u"exchange"_s, u"key"_s}).out), fingerprint);

    EXPECT_EQ(runCli({u"--db"_s, commune.path(), u"exchange"_s, u"frobnicate"_s}).exitCode, 2);
    EXPECT_EQ(runCli({u"--db"_s, commune.path(), u"exchange"_s}).exitCode, 2);
}

// Up: the year's registrations but the draft, with their work items, progress and evidence, signed
// with the commune's key, addressed and numbered; each package sent is logged in the trail.
TEST(CliExchange, ExportSendsTheYearsRegistrationsSignedAndNumbered)
{
    TemporaryDatabase database;
    CommuneFile commune(database);
    commune.fill();
    if (::testing::Test::HasFatalFailure())
        return;
    const QString path = database.pathFor(u"Mỹ Bằng 2026.dotpha-pkg"_s);
    const CliRun exported = commune.cli({u"exchange"_s, u"export"_s, u"--year"_s, u"2026"_s, u"--to"_s,
                                         u"Tỉnh ủy Tuyên Quang"_s, u"--out"_s, path});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();

    auto opened = PackageReader::open(path);
    ASSERT_TRUE(opened) << opened.error().message().toStdString();
    const PackageManifest &manifest = (*opened)->manifest();
    EXPECT_EQ(manifest.senderCommittee, u"Đảng ủy xã Mỹ Bằng"_s);
    EXPECT_EQ(manifest.receiverCommittee, u"Tỉnh ủy Tuyên Quang"_s);
    EXPECT_EQ(manifest.kind, PackageManifest::Kind::Registrations);
    EXPECT_EQ(manifest.year, 2026);
    EXPECT_EQ(manifest.sequence, 1);
    EXPECT_GT(manifest.trailHeadId, 0);
    {
        auto workspace = database.open();
        EXPECT_EQ(manifest.senderPublicKey, *workspace->repositories().committeeKey.publicKey());
    }
    const Result<RegistrationRecords> records =
        RegistrationRecords::fromJson((*opened)->readPart(u"records.json"_s, 1 << 24).value());
    ASSERT_TRUE(records) << records.error().message().toStdString();
    QStringList titles;
    for (const RegistrationRecords::TaskRecord &task : records->tasks)
        titles << task.task.title;
    titles.sort();
    EXPECT_EQ(titles, (QStringList{u"Chuyển đổi số"_s, u"Chợ nông sản"_s, u"Đô thị loại V"_s}));
    const auto digital = std::find_if(records->tasks.cbegin(), records->tasks.cend(),
                                      [&](const auto &task) { return task.task.id == commune.digital; });
    ASSERT_NE(digital, records->tasks.cend());
    ASSERT_EQ(digital->workItems.size(), 1);
    EXPECT_EQ(digital->workItems.first().title, u"Số hóa hồ sơ một cửa"_s);
    ASSERT_EQ(digital->progressNotes.size(), 1);
    EXPECT_EQ(digital->progressNotes.first().percent, 60);
    ASSERT_EQ(digital->files.size(), 1);
    EXPECT_EQ(digital->files.first().attachment.fileName, u"Quyết định số 5.pdf"_s);
    EXPECT_EQ((*opened)->readPart(digital->files.first().part, 1 << 24).value(), commune.scan);
    EXPECT_EQ(records->units.size(), 2) << "the units of the tasks sent, and no other";

    opened.value().reset();
    const CliRun over = commune.cli({u"exchange"_s, u"export"_s, u"--year"_s, u"2026"_s, u"--to"_s,
                                     u"Tỉnh ủy Tuyên Quang"_s, u"--out"_s, path});
    EXPECT_EQ(over.exitCode, 1) << "a package not yet delivered is never written over";
    const QString second = database.pathFor(u"Mỹ Bằng 2026 (2).dotpha-pkg"_s);
    const CliRun again = commune.cli({u"exchange"_s, u"export"_s, u"--year"_s, u"2026"_s, u"--to"_s,
                                      u"tỉnh ủy tuyên quang"_s, u"--out"_s, second});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ((*PackageReader::open(second))->manifest().sequence, 2) << "the same receiver, however it is written";
    auto workspace = database.open();
    const QList<AuditEntry> trail = *workspace->repositories().audit.newest(50);
    const auto logged = std::count_if(trail.cbegin(), trail.cend(), [](const AuditEntry &entry) {
        return entry.entity == u"exchange_sent"_s && entry.action == AuditAction::Insert;
    });
    EXPECT_EQ(logged, 2);
}

// A package speaks for the committee: a clerk may not send one, and a database that does not
// say which committee it is sends none; nothing is written either way.
TEST(CliExchange, OnlyAnAdministratorOfANamedCommitteeSendsAPackage)
{
    TemporaryDatabase database;
    ASSERT_EQ(runCli({u"--db"_s, database.path(), u"init"_s}).exitCode, 0);
    const QString path = database.pathFor(u"goi.dotpha-pkg"_s);
    const CliRun unnamed = runCli({u"--db"_s, database.path(), u"exchange"_s, u"export"_s, u"--year"_s, u"2026"_s,
                                   u"--to"_s, u"Tỉnh ủy Tuyên Quang"_s, u"--out"_s, path});
    EXPECT_EQ(unnamed.exitCode, 1);
    EXPECT_TRUE(unnamed.err.contains(u"committee's name"_s)) << unnamed.err.toStdString();
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_FALSE(QFile::exists(path + u".part"_s));
    EXPECT_EQ(runCli({u"--db"_s, database.path(), u"exchange"_s, u"export"_s, u"--year"_s, u"2026"_s, u"--out"_s,
                      path}).exitCode, 2) << "no receiver";
}

TEST(CliExchange, AClerkMayNotSendAPackage)
{
    DOTPHA_FILE_ONLY("Dotpha's own accounts and passwords");
    qunsetenv("DOTPHA_PASSWORD");
    TemporaryDatabase database;
    const auto cli = [&](const QStringList &arguments, const QString &input = {}) {
        return runCli(QStringList{u"--db"_s, database.path()} + arguments, input);
    };
    const QString admin = u"mật khẩu quản trị"_s;
    const QString clerk = u"mật khẩu văn thư"_s;
    ASSERT_EQ(cli({u"init"_s, u"--committee"_s, u"Đảng ủy xã Mỹ Bằng"_s}).exitCode, 0);
    ASSERT_EQ(cli({u"user"_s, u"add"_s, u"quantri"_s, u"--role"_s, u"administrator"_s, u"--name"_s, u"Nguyễn Quản Trị"_s},
                  admin + u'\n').exitCode, 0);
    ASSERT_EQ(cli({u"user"_s, u"add"_s, u"vanthu"_s, u"--role"_s, u"clerk"_s, u"--name"_s, u"Lê Văn Thư"_s, u"--user"_s,
                   u"quantri"_s}, admin + u'\n' + clerk + u'\n').exitCode, 0);
    const QString path = database.pathFor(u"goi.dotpha-pkg"_s);
    const QStringList exportArguments = {u"exchange"_s, u"export"_s, u"--year"_s, u"2026"_s, u"--to"_s,
                                         u"Tỉnh ủy Tuyên Quang"_s, u"--out"_s, path};
    const CliRun byClerk = cli(exportArguments + QStringList{u"--user"_s, u"vanthu"_s}, clerk + u'\n');
    EXPECT_EQ(byClerk.exitCode, 1);
    EXPECT_TRUE(byClerk.err.contains(u"packages"_s)) << byClerk.err.toStdString();
    EXPECT_FALSE(QFile::exists(path));
    const CliRun byAdministrator = cli(exportArguments + QStringList{u"--user"_s, u"quantri"_s}, admin + u'\n');
    EXPECT_EQ(byAdministrator.exitCode, 0) << byAdministrator.err.toStdString();
    EXPECT_TRUE(QFile::exists(path));
}
