#include "CliRunner.h"
#include "CommitteeKeyRepository.h"
#include "CommitteeSettingsRepository.h"
#include "CommuneFile.h"
#include "DecisionRecords.h"
#include "DecisionRepository.h"
#include "PackageWriter.h"
#include "ReviewService.h"
#include "Services.h"
#include "SigningKey.h"
#include "TaskQuery.h"
#include "TaskRepository.h"
#include "TaskService.h"
#include "TemporaryDatabase.h"
#include "TestServer.h"
#include "UnitRepository.h"
#include "WorkItemRepository.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

// A province receiving a commune's packages: both databases of the suite's backend.
class CliExchangeImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        commune.fill();
        if (HasFatalFailure())
            return;
        ASSERT_EQ(province({u"init"_s, u"--committee"_s, u"Tỉnh ủy Tuyên Quang"_s}).exitCode, 0);
        const CliRun key = commune.cli({u"exchange"_s, u"key"_s});
        fingerprint = QRegularExpression(u"([0-9A-F]{4}( [0-9A-F]{4}){7})"_s).match(key.out).captured(1);
        ASSERT_FALSE(fingerprint.isEmpty()) << key.out.toStdString();
    }

    CliRun province(const QStringList &arguments) const
    {
        return runCli(QStringList{u"--db"_s, provinceDatabase.path()} + arguments);
    }

    CliRun receive(const QString &package, const QStringList &options = {}) const
    {
        return province(QStringList{u"exchange"_s, u"import"_s, package} + options);
    }

    // The province's tasks by title.
    QHash<QString, Task> provinceTasks() const
    {
        auto workspace = provinceDatabase.open();
        QHash<QString, Task> tasks;
        for (const Task &task : *workspace->repositories().tasks.list(TaskQuery{}))
            tasks.insert(task.title, task);
        return tasks;
    }

    // A reviewer's decision at the province (a database without accounts: the reviewer is named only).
    void decide(const QString &title, TaskStatus decision)
    {
        auto workspace = provinceDatabase.open();
        Services services(workspace->repositories());
        User reviewer;
        reviewer.role = UserRole::Reviewer;
        reviewer.displayName = u"Trần Văn Duyệt"_s;
        const qint64 id = provinceTasks().value(title).id;
        const ReviewService::Details details{QDate(2026, 3, 2), u"Số 7-QĐ/TU"_s, u"Đủ điều kiện"_s};
        const Result<int> decided = decision == TaskStatus::Approved
                                        ? services.review().approve(reviewer, id, details)
                                        : services.review().returnForRevision(reviewer, id, details);
        ASSERT_TRUE(decided) << decided.error().message().toStdString();
    }

    TemporaryDatabase communeDatabase;
    TemporaryDatabase provinceDatabase;
    CommuneFile commune{communeDatabase};
    QString fingerprint;
};

} // namespace

// The first package: refused until an administrator gives the sender's fingerprint; a dry run
// reports and writes nothing; then the commune appears as a unit with its registrations submitted.
TEST_F(CliExchangeImportTest, TheFirstPackageIsTakenOnceTheSendersKeyIsAccepted)
{
    const QString package = commune.send(u"goi-1.dotpha-pkg"_s);
    const CliRun unregistered = receive(package);
    EXPECT_EQ(unregistered.exitCode, 1);
    EXPECT_TRUE(unregistered.err.contains(fingerprint)) << unregistered.err.toStdString();
    EXPECT_TRUE(unregistered.err.contains(u"not registered"_s)) << unregistered.err.toStdString();
    const CliRun wrongKey = receive(package, {u"--accept-key"_s, u"0000 0000 0000 0000 0000 0000 0000 0000"_s});
    EXPECT_EQ(wrongKey.exitCode, 1) << "another fingerprint than the key's";

    const CliRun dryRun = receive(package, {u"--dry-run"_s, u"--accept-key"_s, fingerprint.toLower()});
    ASSERT_EQ(dryRun.exitCode, 0) << dryRun.err.toStdString();
    EXPECT_TRUE(dryRun.out.contains(u"New registrations: 3"_s)) << dryRun.out.toStdString();
    EXPECT_TRUE(dryRun.out.contains(u"would be registered"_s)) << dryRun.out.toStdString();
    EXPECT_TRUE(provinceTasks().isEmpty()) << "a dry run writes nothing";

    const CliRun received = receive(package, {u"--accept-key"_s, fingerprint});
    ASSERT_EQ(received.exitCode, 0) << received.err.toStdString();
    const QHash<QString, Task> tasks = provinceTasks();
    ASSERT_EQ(tasks.size(), 3) << received.out.toStdString();
    for (const Task &task : tasks)
        EXPECT_EQ(task.status, TaskStatus::Submitted) << task.title.toStdString();
    auto workspace = provinceDatabase.open();
    const Unit unit = *workspace->repositories().units.find(tasks.value(u"Chuyển đổi số"_s).unitId);
    EXPECT_EQ(unit.name, u"Đảng ủy xã Mỹ Bằng"_s);
    EXPECT_EQ(unit.kind, UnitKind::Commune);
    const QList<WorkItem> items = *workspace->repositories().workItems.ofTask(tasks.value(u"Chuyển đổi số"_s).id);
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.first().title, u"Số hóa hồ sơ một cửa"_s);
    workspace.reset();

    const CliRun again = receive(package);
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(u"received before"_s)) << again.out.toStdString();
    EXPECT_EQ(provinceTasks().size(), 3);
    EXPECT_EQ(province({u"check"_s}).exitCode, 0);
}

// The second package: what the commune changed is taken where the province has not decided,
// listed and left alone where it has; what the commune withdrew is removed if undecided.
TEST_F(CliExchangeImportTest, ALaterPackageNeverOverwritesADecisionMadeHere)
{
    ASSERT_EQ(receive(commune.send(u"goi-1.dotpha-pkg"_s), {u"--accept-key"_s, fingerprint}).exitCode, 0);
    decide(u"Chuyển đổi số"_s, TaskStatus::Approved);
    {
        auto workspace = communeDatabase.open();
        Services services(workspace->repositories());
        for (Task task : *workspace->repositories().tasks.list(TaskQuery{})) {
            if (task.title == u"Chuyển đổi số"_s || task.title == u"Đô thị loại V"_s) {
                task.objective += u" trong năm 2026"_s;
                ASSERT_TRUE(services.tasks().update(task));
            } else if (task.title == u"Chợ nông sản"_s) {
                ASSERT_TRUE(services.tasks().remove(task.id, task.version));
            }
        }
    }
    const CliRun second = receive(commune.send(u"goi-2.dotpha-pkg"_s));
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.contains(u"Changed by the sender, taken: 1"_s)) << second.out.toStdString();
    EXPECT_TRUE(second.out.contains(u"Withdrawn by the sender, removed: 1"_s)) << second.out.toStdString();
    EXPECT_TRUE(second.out.contains(u"Decided here, left as decided: 1"_s)) << second.out.toStdString();
    const QHash<QString, Task> tasks = provinceTasks();
    EXPECT_EQ(tasks.value(u"Đô thị loại V"_s).objective, u"Đạt tiêu chí trong năm 2026"_s);
    EXPECT_EQ(tasks.value(u"Chuyển đổi số"_s).objective, u"100% hồ sơ trực tuyến"_s) << "approved here";
    EXPECT_EQ(tasks.value(u"Chuyển đổi số"_s).status, TaskStatus::Approved);
    EXPECT_FALSE(tasks.contains(u"Chợ nông sản"_s));
    EXPECT_EQ(province({u"check"_s}).exitCode, 0);
}

// A registration the province returned comes back to its reviewers with the commune's revision.
TEST_F(CliExchangeImportTest, ARevisionOfARegistrationReturnedHereGoesBackToTheReviewers)
{
    ASSERT_EQ(receive(commune.send(u"goi-1.dotpha-pkg"_s), {u"--accept-key"_s, fingerprint}).exitCode, 0);
    decide(u"Đô thị loại V"_s, TaskStatus::Returned);
    {
        auto workspace = communeDatabase.open();
        Services services(workspace->repositories());
        for (Task task : *workspace->repositories().tasks.list(TaskQuery{})) {
            if (task.title == u"Đô thị loại V"_s) {
                task.expectedResult = u"Đạt đô thị loại V năm 2026"_s;
                ASSERT_TRUE(services.tasks().update(task));
            }
        }
    }
    ASSERT_EQ(receive(commune.send(u"goi-2.dotpha-pkg"_s)).exitCode, 0);
    const Task revised = provinceTasks().value(u"Đô thị loại V"_s);
    EXPECT_EQ(revised.expectedResult, u"Đạt đô thị loại V năm 2026"_s);
    EXPECT_EQ(revised.status, TaskStatus::Submitted);
}

TEST_F(CliExchangeImportTest, PackagesAreTakenInOrderAndAGapNeedsConfirming)
{
    ASSERT_EQ(receive(commune.send(u"goi-1.dotpha-pkg"_s), {u"--accept-key"_s, fingerprint}).exitCode, 0);
    const QString second = commune.send(u"goi-2.dotpha-pkg"_s);
    const QString third = commune.send(u"goi-3.dotpha-pkg"_s);
    const CliRun gap = receive(third);
    EXPECT_EQ(gap.exitCode, 1);
    EXPECT_TRUE(gap.err.contains(u"never arrived"_s)) << gap.err.toStdString();
    ASSERT_EQ(receive(third, {u"--confirm-gap"_s}).exitCode, 0);
    const CliRun older = receive(second);
    EXPECT_EQ(older.exitCode, 1);
    EXPECT_TRUE(older.err.contains(u"older"_s)) << older.err.toStdString();
}

// Refused with nothing written: a package changed on the way, one addressed to another committee,
// one under the commune's name signed with another key than the one registered.
TEST_F(CliExchangeImportTest, ATamperedMisaddressedOrReSignedPackageIsRefused)
{
    ASSERT_EQ(receive(commune.send(u"goi-1.dotpha-pkg"_s), {u"--accept-key"_s, fingerprint}).exitCode, 0);
    const int tasksBefore = int(provinceTasks().size());

    const QString tampered = commune.send(u"goi-2.dotpha-pkg"_s);
    QFile file(tampered);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const qsizetype inScan = bytes.indexOf(QByteArray(64, 's')) + 100;
    ASSERT_GT(inScan, 100);
    file.seek(inScan);
    file.write("t");
    file.close();
    EXPECT_EQ(receive(tampered).exitCode, 1);

    const CliRun misaddressed = receive(commune.send(u"goi-3.dotpha-pkg"_s, u"Tỉnh ủy Hà Giang"_s));
    EXPECT_EQ(misaddressed.exitCode, 1);
    EXPECT_TRUE(misaddressed.err.contains(u"Tỉnh ủy Hà Giang"_s)) << misaddressed.err.toStdString();

    {
        auto workspace = communeDatabase.open();
        CommitteeSettings settings = workspace->repositories().settings.load()->value();
        settings.committeeName = u"Đảng ủy xã Thái Bình"_s;
        ASSERT_TRUE(workspace->repositories().settings.save(settings));
    }
    const CliRun otherName = receive(commune.send(u"goi-4.dotpha-pkg"_s));
    EXPECT_EQ(otherName.exitCode, 1) << "a registered key under another committee's name";
    EXPECT_TRUE(otherName.err.contains(u"key registered for Đảng ủy xã Mỹ Bằng"_s)) << otherName.err.toStdString();

    TemporaryDatabase impostorDatabase;
    CommuneFile impostor(impostorDatabase);
    impostor.fill();
    const CliRun reSigned = receive(impostor.send(u"goi-gia.dotpha-pkg"_s));
    EXPECT_EQ(reSigned.exitCode, 1);
    EXPECT_TRUE(reSigned.err.contains(u"not with the key registered"_s)) << reSigned.err.toStdString();
    EXPECT_EQ(provinceTasks().size(), tasksBefore);
}

// The way offices are: a commune's file, a province on the office server. Up and received, and
// the same package taken once.
TEST(CliExchangeBetweenBackends, ACommunesFileIsReceivedByAProvinceOnTheServer)
{
    DOTPHA_NEEDS_TEST_SERVER();
    TemporaryDatabase communeDatabase(TestBackend::File);
    TemporaryDatabase provinceDatabase(TestBackend::Server);
    CommuneFile commune(communeDatabase);
    commune.fill();
    if (::testing::Test::HasFatalFailure())
        return;
    ASSERT_TRUE(provinceDatabase.path().startsWith(u"postgresql:"_s)) << provinceDatabase.path().toStdString();
    const auto province = [&](const QStringList &arguments) {
        return runCli(QStringList{u"--db"_s, provinceDatabase.path()} + arguments);
    };
    ASSERT_EQ(province({u"init"_s, u"--committee"_s, u"Tỉnh ủy Tuyên Quang"_s}).exitCode, 0);
    const QString fingerprint = QRegularExpression(u"([0-9A-F]{4}( [0-9A-F]{4}){7})"_s)
                                    .match(commune.cli({u"exchange"_s, u"key"_s}).out)
                                    .captured(1);
    const QString package = commune.send(u"goi-1.dotpha-pkg"_s);
    const CliRun received =
        province({u"exchange"_s, u"import"_s, package, u"--accept-key"_s, fingerprint});
    ASSERT_EQ(received.exitCode, 0) << received.err.toStdString();
    EXPECT_TRUE(received.out.contains(u"New registrations: 3"_s)) << received.out.toStdString();
    const CliRun again = province({u"exchange"_s, u"import"_s, package});
    EXPECT_TRUE(again.out.contains(u"received before"_s)) << again.out.toStdString();
    EXPECT_EQ(province({u"check"_s}).exitCode, 0);
    EXPECT_EQ(commune.cli({u"check"_s}).exitCode, 0);
}

// The whole round: three registrations up; the province approves two, adjusts one of them with a
// decision number and date, returns the third with a reason; the decisions come down, and the
// commune's tasks show the same states, decisions and locks. Each package once; check passes on both.
TEST_F(CliExchangeImportTest, TheProvincesDecisionsComeDownAsIfReviewedAtTheCommune)
{
    ASSERT_EQ(receive(commune.send(u"goi-1.dotpha-pkg"_s), {u"--accept-key"_s, fingerprint}).exitCode, 0);
    decide(u"Chuyển đổi số"_s, TaskStatus::Approved);
    decide(u"Chợ nông sản"_s, TaskStatus::Approved);
    decide(u"Đô thị loại V"_s, TaskStatus::Returned);
    {
        auto workspace = provinceDatabase.open();
        Services services(workspace->repositories());
        User reviewer;
        reviewer.role = UserRole::Reviewer;
        reviewer.displayName = u"Trần Văn Duyệt"_s;
        Task adjusted = provinceTasks().value(u"Chuyển đổi số"_s);
        adjusted.title = u"Chuyển đổi số toàn diện"_s;
        const Result<int> done = services.review().adjust(
            reviewer, adjusted, {QDate(2026, 4, 15), u"Số 21-QĐ/TU"_s, u"Mở rộng phạm vi"_s});
        ASSERT_TRUE(done) << done.error().message().toStdString();
    }
    const QString down = provinceDatabase.pathFor(u"quyet-dinh-1.dotpha-pkg"_s);
    const CliRun sent = province({u"exchange"_s, u"export"_s, u"--year"_s, u"2026"_s, u"--for"_s,
                                  u"Đảng ủy xã Mỹ Bằng"_s, u"--out"_s, down});
    ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
    const QString provinceKey = QRegularExpression(u"([0-9A-F]{4}( [0-9A-F]{4}){7})"_s)
                                    .match(province({u"exchange"_s, u"key"_s}).out)
                                    .captured(1);
    EXPECT_EQ(commune.cli({u"exchange"_s, u"import"_s, down}).exitCode, 1) << "the province's key is not registered yet";
    const CliRun taken = commune.cli({u"exchange"_s, u"import"_s, down, u"--accept-key"_s, provinceKey});
    ASSERT_EQ(taken.exitCode, 0) << taken.err.toStdString();
    EXPECT_TRUE(taken.out.contains(u"Decisions taken: 4"_s)) << taken.out.toStdString();

    auto workspace = communeDatabase.open();
    Repositories &repositories = workspace->repositories();
    QHash<QString, Task> tasks;
    for (const Task &task : *repositories.tasks.list(TaskQuery{}))
        tasks.insert(task.title, task);
    ASSERT_TRUE(tasks.contains(u"Chuyển đổi số toàn diện"_s)) << "the adjustment's wording";
    const Task adjusted = tasks.value(u"Chuyển đổi số toàn diện"_s);
    EXPECT_EQ(adjusted.status, TaskStatus::Approved);
    EXPECT_TRUE(TaskService::isLocked(adjusted));
    EXPECT_EQ(tasks.value(u"Chợ nông sản"_s).status, TaskStatus::Approved);
    EXPECT_EQ(tasks.value(u"Đô thị loại V"_s).status, TaskStatus::Returned);
    const QList<Decision> decisions = *repositories.decisions.ofTask(adjusted.id);
    ASSERT_EQ(decisions.size(), 2);
    EXPECT_EQ(decisions.at(1).kind, DecisionKind::Adjust);
    EXPECT_EQ(decisions.at(1).number, u"Số 21-QĐ/TU"_s);
    EXPECT_EQ(decisions.at(1).decidedOn, QDate(2026, 4, 15));
    EXPECT_EQ(decisions.at(1).reason, u"Mở rộng phạm vi"_s);
    EXPECT_TRUE(decisions.at(1).reviewerName.contains(u"Tỉnh ủy Tuyên Quang"_s)) << decisions.at(1).reviewerName.toStdString();
    EXPECT_EQ(repositories.decisions.ofTask(tasks.value(u"Đô thị loại V"_s).id)->constFirst().reason, u"Đủ điều kiện"_s);
    Services services(repositories);
    Task edited = adjusted;
    edited.title = u"Sửa ở xã"_s;
    EXPECT_FALSE(services.tasks().update(edited)) << "a decided task is locked at the commune too";
    workspace.reset();

    const CliRun again = commune.cli({u"exchange"_s, u"import"_s, down});
    EXPECT_TRUE(again.out.contains(u"received before"_s)) << again.out.toStdString();
    EXPECT_EQ(commune.cli({u"check"_s}).exitCode, 0);
    EXPECT_EQ(province({u"check"_s}).exitCode, 0);
}

namespace {

// A decisions package as a committee holding key would sign it, whatever it sends.
QString craftDecisions(const QString &path, const SigningKey &key, const QString &sender, const DecisionRecords &records)
{
    PackageWriter writer(path);
    EXPECT_TRUE(writer.open());
    EXPECT_TRUE(writer.addPart(u"records.json"_s, records.toJson()));
    PackageManifest manifest;
    manifest.kind = PackageManifest::Kind::Decisions;
    manifest.senderCommittee = sender;
    manifest.receiverCommittee = u"Đảng ủy xã Mỹ Bằng"_s;
    manifest.year = records.year;
    manifest.sequence = 1;
    manifest.createdAt = QDateTime::currentDateTimeUtc();
    EXPECT_TRUE(writer.finish(manifest, key));
    return path;
}

} // namespace

// Decisions come only from the committee the registrations went to, and only on the registrations
// it could have been sent: a stranger's decisions are refused whole; the province's decision on a
// task of another year, or on a wording changed since, is listed and not taken.
TEST_F(CliExchangeImportTest, DecisionsAreTakenOnlyFromTheSuperiorOnWhatItWasSent)
{
    ASSERT_EQ(receive(commune.send(u"goi-1.dotpha-pkg"_s), {u"--accept-key"_s, fingerprint}).exitCode, 0);
    QHash<QString, Task> communeTasks;
    {
        auto workspace = communeDatabase.open();
        for (const Task &task : *workspace->repositories().tasks.list(TaskQuery{}))
            communeTasks.insert(task.title, task);
    }
    DecisionRecords records;
    records.year = 2026;
    DecisionRecords::Record water{1, communeTasks.value(u"Nước sạch"_s).id, DecisionKind::Approve, QDate(2026, 3, 2),
                                  u"Số 9-QĐ/TU"_s, u"Người lạ"_s, QString(), communeTasks.value(u"Nước sạch"_s)};
    water.after.year = 2026;
    DecisionRecords::Record market{2, communeTasks.value(u"Chợ nông sản"_s).id, DecisionKind::Approve,
                                   QDate(2026, 3, 2), u"Số 9-QĐ/TU"_s, u"Người lạ"_s, QString(),
                                   communeTasks.value(u"Chợ nông sản"_s)};
    market.after.title = u"Chợ đầu mối"_s;
    records.decisions = {water, market};

    const SigningKey stranger = SigningKey::generate().value();
    const QString strange = craftDecisions(communeDatabase.pathFor(u"la.dotpha-pkg"_s), stranger, u"Tỉnh ủy Hà Giang"_s,
                                           records);
    const CliRun refused = commune.cli({u"exchange"_s, u"import"_s, strange, u"--accept-key"_s,
                                        SigningKey::fingerprint(stranger.publicKey())});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(u"has sent it no registrations"_s)) << refused.err.toStdString();

    auto province = provinceDatabase.open();
    const SigningKey provinceKey = province->repositories().committeeKey.signingKey().value();
    province.reset();
    const QString crafted = craftDecisions(communeDatabase.pathFor(u"tinh.dotpha-pkg"_s), provinceKey,
                                           u"Tỉnh ủy Tuyên Quang"_s, records);
    const CliRun listed = commune.cli({u"exchange"_s, u"import"_s, crafted, u"--accept-key"_s,
                                       SigningKey::fingerprint(provinceKey.publicKey())});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(u"Decisions taken: 0"_s)) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(u"Not taken, listed: 2"_s)) << listed.out.toStdString();
    auto workspace = communeDatabase.open();
    for (const Task &task : *workspace->repositories().tasks.list(TaskQuery{}))
        EXPECT_NE(task.status, TaskStatus::Approved) << task.title.toStdString();
}

// On the office server a province works under its people's logins, not its owner's: an
// administrator's login receives the commune's registrations and sends the decisions a reviewer's
// login made, each within what the server lets that login do.
TEST(CliExchangeOnTheServer, AnAdministratorsLoginReceivesAndSendsAndAReviewersLoginDecides)
{
    DOTPHA_NEEDS_TEST_SERVER();
    TemporaryDatabase communeDatabase(TestBackend::File);
    CommuneFile commune(communeDatabase);
    commune.fill();
    if (::testing::Test::HasFatalFailure())
        return;
    TemporaryServerDatabase server(TemporaryServerDatabase::Contents::Prepared);
    ASSERT_TRUE(server.ok()) << server.why().toStdString();
    const QString owner = server.address().toUri();
    const QString pid = QString::number(QCoreApplication::applicationPid());
    const QString administrator = u"dotpha_test_quantri_"_s + pid;
    const QString reviewer = u"dotpha_test_duyet_"_s + pid;
    ASSERT_TRUE(server.run(u"CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE dotpha_administrator"_s
                               .arg(administrator, qEnvironmentVariable("PGPASSWORD"))));
    ASSERT_TRUE(server.run(u"CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE dotpha_reviewer"_s
                               .arg(reviewer, qEnvironmentVariable("PGPASSWORD"))));
    const auto as = [&](const QString &login) {
        ServerAddress address = server.address();
        address.login = login;
        return address.toUri();
    };
    ASSERT_EQ(runCli({u"--db"_s, owner, u"init"_s, u"--committee"_s, u"Tỉnh ủy Tuyên Quang"_s}).exitCode, 0);
    ASSERT_EQ(runCli({u"--db"_s, owner, u"user"_s, u"add"_s, administrator, u"--role"_s, u"administrator"_s,
                      u"--name"_s, u"Nguyễn Quản Trị"_s}).exitCode, 0);
    ASSERT_EQ(runCli({u"--db"_s, as(administrator), u"user"_s, u"add"_s, reviewer, u"--role"_s, u"reviewer"_s,
                      u"--name"_s, u"Trần Văn Duyệt"_s}).exitCode, 0);

    const QString fingerprint = QRegularExpression(u"([0-9A-F]{4}( [0-9A-F]{4}){7})"_s)
                                    .match(commune.cli({u"exchange"_s, u"key"_s}).out)
                                    .captured(1);
    const CliRun received = runCli({u"--db"_s, as(administrator), u"exchange"_s, u"import"_s,
                                    commune.send(u"goi-1.dotpha-pkg"_s), u"--accept-key"_s, fingerprint});
    ASSERT_EQ(received.exitCode, 0) << received.err.toStdString();
    auto workspace = Workspace::openServer(server.address());
    ASSERT_TRUE(workspace);
    qint64 market = 0;
    for (const Task &task : *(*workspace)->repositories().tasks.list(TaskQuery{})) {
        if (task.title == u"Chợ nông sản"_s)
            market = task.id;
    }
    workspace.value().reset();
    ASSERT_GT(market, 0);
    const CliRun approved = runCli({u"--db"_s, as(reviewer), u"review"_s, u"approve"_s, u"--task"_s,
                                    QString::number(market), u"--number"_s, u"Số 7-QĐ/TU"_s});
    ASSERT_EQ(approved.exitCode, 0) << approved.err.toStdString();
    const QString down = communeDatabase.pathFor(u"quyet-dinh.dotpha-pkg"_s);
    const CliRun sent = runCli({u"--db"_s, as(administrator), u"exchange"_s, u"export"_s, u"--year"_s, u"2026"_s,
                                u"--for"_s, u"Đảng ủy xã Mỹ Bằng"_s, u"--out"_s, down});
    ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
    const QString provinceKey = QRegularExpression(u"([0-9A-F]{4}( [0-9A-F]{4}){7})"_s)
                                    .match(runCli({u"--db"_s, as(reviewer), u"exchange"_s, u"key"_s}).out)
                                    .captured(1);
    const CliRun taken = commune.cli({u"exchange"_s, u"import"_s, down, u"--accept-key"_s, provinceKey});
    ASSERT_EQ(taken.exitCode, 0) << taken.err.toStdString();
    EXPECT_TRUE(taken.out.contains(u"Decisions taken: 1"_s)) << taken.out.toStdString();
    EXPECT_EQ(runCli({u"--db"_s, owner, u"check"_s}).exitCode, 0);
    for (const QString &role : {administrator, reviewer}) {
        server.run(u"DROP OWNED BY %1"_s.arg(role));
        server.run(u"DROP ROLE IF EXISTS %1"_s.arg(role));
    }
}
