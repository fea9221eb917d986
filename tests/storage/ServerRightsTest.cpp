#include "AuditChain.h"
#include "AuditRepository.h"
#include "TaskRepository.h"
#include "TransactionRunner.h"
#include "ServerDatabase.h"
#include "TestData.h"
#include "TestServer.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

const QString LoginPassword = u"mật khẩu 1"_s;

// A person's login role on the test server, in one of Dotpha's groups, dropped afterwards. Roles
// belong to the whole server: each name is the test process's own.
class TemporaryLogin
{
public:
    TemporaryLogin(const TemporaryServerDatabase &server, const QString &group)
        : m_server(server), m_name(u"dotpha_test_login_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++count))
    {
        m_server.run(u"CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3"_s.arg(m_name, LoginPassword, group));
    }
    ~TemporaryLogin() { m_server.run(u"DROP ROLE IF EXISTS %1"_s.arg(m_name)); }

    const QString &name() const { return m_name; }

private:
    static inline int count = 0;
    const TemporaryServerDatabase &m_server;
    QString m_name;
};

struct PsqlOutcome
{
    bool succeeded = false;
    QString errors;
};

// What psql says, run by login on the test database, stopping at the first error.
PsqlOutcome psqlAs(const QString &login, const ServerAddress &database, const QString &sql)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PGUSER"_s, login);
    environment.insert(u"PGPASSWORD"_s, LoginPassword);
    environment.insert(u"PGDATABASE"_s, database.database);
    QProcess psql;
    psql.setProcessEnvironment(environment);
    psql.start(u"psql"_s, {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-c"_s, sql});
    if (!psql.waitForFinished(60000))
        return {false, u"psql did not finish: "_s + psql.errorString()};
    return {psql.exitStatus() == QProcess::NormalExit && psql.exitCode() == 0,
            QString::fromUtf8(psql.readAllStandardError())};
}

class ServerRightsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        DOTPHA_NEEDS_TEST_SERVER();
        ASSERT_TRUE(server.ok()) << server.why().toStdString();
        auto opened = Workspace::openServer(server.address());
        ASSERT_TRUE(opened) << opened.error().message().toStdString();
        owner = std::move(opened).value();
        TestData data(owner->repositories());
        commune = data.addUnit(u"Xã Tân Phú"_s);
        Task registered = TestData::collectiveTask(commune, u"Chuyển đổi số"_s, 2026);
        registered.status = TaskStatus::Submitted;
        submitted = data.addTask(registered).id;
        Task drafted = TestData::collectiveTask(commune, u"Cải cách hành chính"_s, 2026);
        drafted.status = TaskStatus::Draft;
        draft = data.addTask(drafted).id;
        clerk = std::make_unique<TemporaryLogin>(server, u"dotpha_clerk"_s);
        reviewer = std::make_unique<TemporaryLogin>(server, u"dotpha_reviewer"_s);
    }

    QString valueOf(const QString &sql)
    {
        QSqlQuery query(owner->storage().connection());
        EXPECT_TRUE(query.exec(sql) && query.next()) << sql.toStdString();
        return query.value(0).toString();
    }

    // Expects login's psql to be refused sql, and says why it was.
    void expectRefused(const TemporaryLogin &login, const QString &sql)
    {
        const PsqlOutcome outcome = psqlAs(login.name(), server.address(), sql);
        EXPECT_FALSE(outcome.succeeded) << sql.toStdString();
        EXPECT_TRUE(outcome.errors.contains(u"permission denied"_s) || outcome.errors.contains(u"may not"_s)
                    || outcome.errors.contains(u"must be"_s))
            << sql.toStdString() << ": " << outcome.errors.toStdString();
    }

    // No record past the last seal, and the chain verifies.
    void expectEverythingSealed()
    {
        EXPECT_EQ(valueOf(u"SELECT count(*) FROM audit_log AS l WHERE l.id > coalesce((SELECT max(s.last_id) "
                          "FROM audit_seal AS s), 0)"_s),
                  u"0"_s);
        const Result<QStringList> problems = AuditChain::verify(owner->storage());
        ASSERT_TRUE(problems) << problems.error().message().toStdString();
        EXPECT_TRUE(problems->isEmpty()) << problems->join(u"; "_s).toStdString();
    }

    TemporaryServerDatabase server{TemporaryServerDatabase::Contents::Prepared};
    std::unique_ptr<Workspace> owner;
    std::unique_ptr<TemporaryLogin> clerk;
    std::unique_ptr<TemporaryLogin> reviewer;
    qint64 submitted = 0;
    qint64 draft = 0;
    Unit commune;
};

TEST_F(ServerRightsTest, PsqlAsAClerkCannotApproveATask)
{
    expectRefused(*clerk, u"UPDATE task SET status = 'approved' WHERE id = %1"_s.arg(submitted));
    EXPECT_EQ(valueOf(u"SELECT status FROM task WHERE id = %1"_s.arg(submitted)), u"submitted"_s);
}

TEST_F(ServerRightsTest, PsqlAsAClerkCannotDecideRateCloseAYearOrManageAccounts)
{
    expectRefused(*clerk, u"UPDATE task SET status = 'rejected' WHERE id = %1"_s.arg(submitted));
    expectRefused(*clerk, u"UPDATE task SET rating = 'excellent' WHERE id = %1"_s.arg(submitted));
    expectRefused(*clerk, u"UPDATE task SET score = 95 WHERE id = %1"_s.arg(submitted));
    expectRefused(*clerk, u"UPDATE task SET score = 95 WHERE id = %1"_s.arg(draft));
    expectRefused(*clerk, u"UPDATE committee_settings SET score_excellent = 80"_s);
    expectRefused(*clerk, u"INSERT INTO decision (task_id, kind, decided_on, recorded_at) "
                          "VALUES (%1, 'approve', current_date, now())"_s.arg(submitted));
    expectRefused(*clerk, u"INSERT INTO closed_year (year, closed_at, closed_by) VALUES (2026, now(), 'x')"_s);
    expectRefused(*clerk, u"UPDATE app_user SET role = 'administrator'"_s);
    expectRefused(*clerk, u"UPDATE committee_settings SET committee_name = 'x'"_s);
    // Nor may a clerk turn the checks off.
    expectRefused(*clerk, u"ALTER TABLE task DISABLE TRIGGER rights"_s);
    expectRefused(*clerk, u"SET session_replication_role = replica"_s);
    EXPECT_EQ(valueOf(u"SELECT count(*) FROM decision"_s), u"0"_s);
    EXPECT_EQ(valueOf(u"SELECT count(*) FROM closed_year"_s), u"0"_s);
}

// A clerk attaches and removes files as Dotpha does; nobody moves a file to another task, renames
// it, changes its hash or adds to a file stored whole, and a reviewer attaches nothing.
TEST_F(ServerRightsTest, EvidenceFilesChangeOnlyByAttachingAndTheRemovalMark)
{
    const QString newFile = u"INSERT INTO attachment (task_id, file_name, media_type, size_bytes, sha256, created_at) "
                            "VALUES (%1, 'quyết định.pdf', 'application/pdf', 2, repeat('a', 64), now())"_s.arg(submitted);
    ASSERT_TRUE(server.run(newFile));
    const QString id = valueOf(u"SELECT max(id) FROM attachment"_s);
    ASSERT_TRUE(server.run(u"INSERT INTO attachment_chunk (attachment_id, part, bytes) VALUES (%1, 0, '\\x0102')"_s.arg(id)));

    expectRefused(*clerk, u"INSERT INTO attachment_chunk (attachment_id, part, bytes) VALUES (%1, 1, '\\x03')"_s.arg(id));
    expectRefused(*clerk, u"UPDATE attachment SET task_id = %1 WHERE id = %2"_s.arg(draft).arg(id));
    expectRefused(*clerk, u"UPDATE attachment SET sha256 = repeat('b', 64) WHERE id = %1"_s.arg(id));
    expectRefused(*clerk, u"UPDATE attachment SET file_name = 'khác.pdf' WHERE id = %1"_s.arg(id));
    expectRefused(*clerk, u"UPDATE attachment_chunk SET bytes = '\\x0000' WHERE attachment_id = %1"_s.arg(id));
    expectRefused(*clerk, u"DELETE FROM attachment_chunk WHERE attachment_id = %1"_s.arg(id));
    expectRefused(*reviewer, newFile);
    expectRefused(*reviewer, u"UPDATE attachment SET removed_at = now() WHERE id = %1"_s.arg(id));
    EXPECT_EQ(valueOf(u"SELECT count(*) FROM attachment_chunk"_s), u"1"_s);
    EXPECT_EQ(valueOf(u"SELECT task_id || ' ' || file_name FROM attachment WHERE id = %1"_s.arg(id)),
              u"%1 quyết định.pdf"_s.arg(submitted));

    const PsqlOutcome removing = psqlAs(clerk->name(), server.address(),
                                        u"UPDATE attachment SET removed_at = now(), version = version + 1 "
                                        "WHERE id = %1"_s.arg(id));
    EXPECT_TRUE(removing.succeeded) << removing.errors.toStdString();
    const PsqlOutcome attaching = psqlAs(clerk->name(), server.address(),
                                         u"BEGIN; "_s + newFile + u"; INSERT INTO attachment_chunk (attachment_id, "
                                         "part, bytes) SELECT max(id), 0, '\\x0102' FROM attachment; COMMIT"_s);
    EXPECT_TRUE(attaching.succeeded) << attaching.errors.toStdString();
    EXPECT_EQ(valueOf(u"SELECT count(*) FROM attachment_chunk"_s), u"2"_s);
}

// A file on its way is its sender's alone: another clerk neither sees its parts, nor discards
// them, nor slips in a part of their own under its token.
TEST_F(ServerRightsTest, AFileBeingAttachedIsSeenOnlyByWhoSendsIt)
{
    const TemporaryLogin colleague(server, u"dotpha_clerk"_s);
    const PsqlOutcome staging = psqlAs(clerk->name(), server.address(),
                                       u"INSERT INTO attachment_upload (token, part, bytes) VALUES ('t1', 0, '\\x01')"_s);
    ASSERT_TRUE(staging.succeeded) << staging.errors.toStdString();
    expectRefused(colleague, u"DELETE FROM attachment_upload WHERE token = 't1'"_s);   // no login deletes by hand
    const PsqlOutcome discarding =
        psqlAs(colleague.name(), server.address(), u"SELECT dotpha_discard_staged('t1', NULL)"_s);
    EXPECT_TRUE(discarding.succeeded) << discarding.errors.toStdString();   // of nothing it can see
    const PsqlOutcome forging = psqlAs(colleague.name(), server.address(),
                                       u"INSERT INTO attachment_upload (token, part, bytes, staged_by) "
                                       "VALUES ('t1', 1, '\\x02', '%1')"_s.arg(clerk->name()));
    EXPECT_FALSE(forging.succeeded);
    EXPECT_TRUE(forging.errors.contains(u"row-level security"_s)) << forging.errors.toStdString();
    EXPECT_EQ(valueOf(u"SELECT count(*) || ' ' || min(staged_by) FROM attachment_upload"_s),
              u"1 "_s + clerk->name());
}

TEST_F(ServerRightsTest, NobodyButTheTrailsOwnFunctionsWritesToTheTrail)
{
    for (const TemporaryLogin *login : {clerk.get(), reviewer.get()}) {
        expectRefused(*login, u"UPDATE audit_log SET actor = 'x'"_s);
        expectRefused(*login, u"DELETE FROM audit_log"_s);
        expectRefused(*login, u"TRUNCATE audit_log"_s);
        expectRefused(*login, u"INSERT INTO audit_log (recorded_at, actor, action, entity, entity_id) "
                              "VALUES (now(), 'x', 'insert', 'task', 1)"_s);
        expectRefused(*login, u"INSERT INTO audit_seal (last_id, first_id, record_hashes, hash) "
                              "VALUES (1000, 1000, '\\x00', '\\x00')"_s);
        expectRefused(*login, u"DELETE FROM audit_seal"_s);
    }
}

TEST_F(ServerRightsTest, AClerkRegistersAndSubmitsAndAReviewerApproves)
{
    const PsqlOutcome submitting =
        psqlAs(clerk->name(), server.address(), u"UPDATE task SET status = 'submitted' WHERE id = %1"_s.arg(draft));
    EXPECT_TRUE(submitting.succeeded) << submitting.errors.toStdString();
    const PsqlOutcome logging = psqlAs(clerk->name(), server.address(),
                                       u"UPDATE task SET progress_percent = 40 WHERE id = %1"_s.arg(submitted));
    EXPECT_TRUE(logging.succeeded) << logging.errors.toStdString();
    const PsqlOutcome approving = psqlAs(reviewer->name(), server.address(),
                                         u"UPDATE task SET status = 'approved' WHERE id = %1"_s.arg(submitted));
    EXPECT_TRUE(approving.succeeded) << approving.errors.toStdString();
    EXPECT_EQ(valueOf(u"SELECT status FROM task WHERE id = %1"_s.arg(draft)), u"submitted"_s);
    EXPECT_EQ(valueOf(u"SELECT status || ' ' || progress_percent FROM task WHERE id = %1"_s.arg(submitted)),
              u"approved 40"_s);
}

TEST_F(ServerRightsTest, AClerkMayLogProgressOnADecidedTaskButNotChangeIt)
{
    ASSERT_TRUE(server.run(u"UPDATE task SET status = 'approved' WHERE id = %1"_s.arg(submitted)));
    const PsqlOutcome logging = psqlAs(clerk->name(), server.address(),
                                       u"UPDATE task SET progress_percent = 60 WHERE id = %1"_s.arg(submitted));
    EXPECT_TRUE(logging.succeeded) << logging.errors.toStdString();
    expectRefused(*clerk, u"UPDATE task SET title = 'Khác' WHERE id = %1"_s.arg(submitted));
    expectRefused(*clerk, u"UPDATE task SET status = 'draft' WHERE id = %1"_s.arg(submitted));
    expectRefused(*clerk, u"DELETE FROM task WHERE id = %1"_s.arg(submitted));
    EXPECT_EQ(valueOf(u"SELECT title || ' ' || status FROM task WHERE id = %1"_s.arg(submitted)),
              u"Chuyển đổi số approved"_s);
}

TEST_F(ServerRightsTest, NothingOfAClosedYearChangesButByAnAdministrator)
{
    ASSERT_TRUE(server.run(u"INSERT INTO closed_year (year, closed_at, closed_by) VALUES (2026, now(), 'Văn phòng')"_s));
    expectRefused(*clerk, u"UPDATE task SET progress_percent = 90 WHERE id = %1"_s.arg(draft));
    expectRefused(*reviewer, u"UPDATE task SET status = 'approved' WHERE id = %1"_s.arg(submitted));
    expectRefused(*clerk, u"INSERT INTO progress_note (task_id, noted_on, text) VALUES (%1, current_date, 'x')"_s
                              .arg(submitted));
    TemporaryLogin administrator(server, u"dotpha_administrator"_s);
    const PsqlOutcome amending = psqlAs(administrator.name(), server.address(),
                                        u"UPDATE task SET progress_percent = 90 WHERE id = %1"_s.arg(draft));
    EXPECT_TRUE(amending.succeeded) << amending.errors.toStdString();
}

// The trail's trigger function writes as the database's owner: nobody may hang it on a table of
// their own (a temporary one, say) to write records the chain would then seal as Dotpha's.
TEST_F(ServerRightsTest, NoLoginCanForgeTrailRecordsThroughATableOfItsOwn)
{
    for (const TemporaryLogin *login : {clerk.get(), reviewer.get()}) {
        expectRefused(*login, u"CREATE TEMP TABLE forged (id bigint, title text); "
                              "CREATE TRIGGER audit AFTER INSERT ON forged FOR EACH ROW "
                              "EXECUTE FUNCTION public.dotpha_audit_task(); "
                              "INSERT INTO forged VALUES (1, 'Phê duyệt giả')"_s);
        expectRefused(*login, u"CREATE TABLE public.forged (id bigint)"_s);
    }
    EXPECT_EQ(valueOf(u"SELECT count(*) FROM audit_log WHERE entity = 'forged'"_s), u"0"_s);
}

// A clerk takes nothing out of a closed year by moving it to a task of an open one.
TEST_F(ServerRightsTest, NothingIsMovedOutOfAClosedYear)
{
    TestData data(owner->repositories());
    const qint64 closedYearsTask = data.addTask(TestData::collectiveTask(commune, u"Chợ nông sản"_s, 2025)).id;
    ASSERT_TRUE(server.run(u"INSERT INTO work_item (task_id, title) VALUES (%1, 'Khảo sát')"_s.arg(closedYearsTask)));
    ASSERT_TRUE(server.run(u"INSERT INTO closed_year (year, closed_at, closed_by) VALUES (2025, now(), 'Văn phòng')"_s));
    expectRefused(*clerk, u"UPDATE work_item SET task_id = %1 WHERE task_id = %2"_s.arg(draft).arg(closedYearsTask));
    EXPECT_EQ(valueOf(u"SELECT count(*) FROM work_item WHERE task_id = %1"_s.arg(closedYearsTask)), u"1"_s);
}

// Dotpha removes a task by marking it removed, which can be undone and is in the trail; erasing
// the row would take its decisions with it, so no login may.
TEST_F(ServerRightsTest, NoLoginErasesATaskEvenADraft)
{
    expectRefused(*clerk, u"DELETE FROM task WHERE id = %1"_s.arg(draft));
    expectRefused(*reviewer, u"DELETE FROM task WHERE id = %1"_s.arg(draft));
    EXPECT_EQ(valueOf(u"SELECT count(*) FROM task WHERE id = %1"_s.arg(draft)), u"1"_s);
}

// Each PC computes the sort and search keys of what it saves with its own ICU, and writes them
// with the progress: they are derived from the task, not part of it.
TEST_F(ServerRightsTest, ProgressOnADecidedTaskMayCarryThisPcsSortKeys)
{
    ASSERT_TRUE(server.run(u"UPDATE task SET status = 'approved' WHERE id = %1"_s.arg(submitted)));
    const PsqlOutcome logging = psqlAs(clerk->name(), server.address(),
                                       u"UPDATE task SET progress_percent = 70, title_sort_key = '\\x0102', "
                                       "owner_sort_key = '\\x0304' WHERE id = %1"_s.arg(submitted));
    EXPECT_TRUE(logging.succeeded) << logging.errors.toStdString();
    EXPECT_EQ(valueOf(u"SELECT progress_percent FROM task WHERE id = %1"_s.arg(submitted)), u"70"_s);
    // The folded search text is the same on every PC: changing it would hide the task from search.
    expectRefused(*clerk, u"UPDATE task SET progress_percent = 80, search_folded = '' WHERE id = %1"_s.arg(submitted));
}

// What a person may change from psql is theirs to change: the database seals it at commit like
// Dotpha's own writes, so that check finds the chain whole and the person named.
// The newest record of the trail's, as the repository reads it.
AuditEntry newestRecord(Workspace &workspace)
{
    const Result<QList<AuditEntry>> newest = workspace.repositories().audit.newest(1);
    EXPECT_TRUE(newest && newest->size() == 1);
    return newest && !newest->isEmpty() ? newest->first() : AuditEntry();
}

// Was: the database owner's UPDATE with psql was recorded as "(tài khoản hệ thống)", as Dotpha's
// own work. The trail names the owner's login, says which program made the change, and check
// lists it; a person's change with psql says so too.
TEST_F(ServerRightsTest, AChangeMadeWithPsqlIsNamedByItsLoginAndProgram)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PGDATABASE"_s, server.address().database);
    QProcess psql;
    psql.setProcessEnvironment(environment);
    psql.start(u"psql"_s, {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-c"_s,
                           u"UPDATE task SET title = 'Sửa bằng psql' WHERE id = %1"_s.arg(draft)});
    ASSERT_TRUE(psql.waitForFinished(60000));
    ASSERT_EQ(psql.exitCode(), 0) << psql.readAllStandardError().toStdString();
    QSqlQuery login(owner->storage().connection());
    ASSERT_TRUE(login.exec(u"SELECT session_user"_s) && login.next());
    const AuditEntry byOwner = newestRecord(*owner);
    EXPECT_EQ(byOwner.actor, login.value(0).toString());
    EXPECT_TRUE(byOwner.madeOutsideDotpha()) << byOwner.note.toStdString();
    EXPECT_EQ(byOwner.program(), u"psql"_s);

    const PsqlOutcome editing = psqlAs(clerk->name(), server.address(),
                                       u"UPDATE task SET title = 'Người sửa bằng psql' WHERE id = %1"_s.arg(draft));
    ASSERT_TRUE(editing.succeeded) << editing.errors.toStdString();
    const AuditEntry byClerk = newestRecord(*owner);
    EXPECT_TRUE(byClerk.madeOutsideDotpha()) << byClerk.note.toStdString();
    const Result<QList<AuditEntry>> outside = owner->repositories().audit.madeOutsideDotpha(100);
    ASSERT_TRUE(outside) << outside.error().message().toStdString();
    EXPECT_EQ(outside->size(), 2);
    expectEverythingSealed();

    // Dotpha's own saves are not among them.
    Task task = *owner->repositories().tasks.find(draft);
    task.title = u"Sửa trong Dotpha"_s;
    ASSERT_TRUE(owner->repositories().transactions.inTransaction([&]() -> Status {
        const Result<int> saved = owner->repositories().tasks.update(task);
        return saved ? Status() : Status(saved.error());
    }));
    EXPECT_FALSE(newestRecord(*owner).madeOutsideDotpha());
    EXPECT_EQ(owner->repositories().audit.madeOutsideDotpha(100)->size(), 2);
}

TEST_F(ServerRightsTest, APersonsChangeWithPsqlIsSealedAtCommit)
{
    const PsqlOutcome editing = psqlAs(clerk->name(), server.address(),
                                       u"UPDATE task SET title = 'Chuyển đổi số toàn diện' WHERE id = %1"_s.arg(draft));
    ASSERT_TRUE(editing.succeeded) << editing.errors.toStdString();
    expectEverythingSealed();
}

// A record's hash reads its time the same whatever the writing session shows times in: a PC in
// Hà Nội with its own date style seals what Dotpha's check, reading in UTC, verifies.
TEST_F(ServerRightsTest, AChangeFromASessionWithItsOwnTimeZoneAndDateStyleIsSealedAsCheckReadsIt)
{
    const PsqlOutcome editing = psqlAs(clerk->name(), server.address(),
                                       u"SET timezone = 'Asia/Ho_Chi_Minh'; SET datestyle = 'SQL, DMY'; "
                                       "UPDATE task SET title = 'Chuyển đổi số toàn diện' WHERE id = %1"_s.arg(draft));
    ASSERT_TRUE(editing.succeeded) << editing.errors.toStdString();
    expectEverythingSealed();
}

// Whatever a login says of its transaction, its records are sealed as it commits: in a
// savepoint as well, and though it claims to have written them by hand (only the owner can).
TEST_F(ServerRightsTest, NoLoginKeepsItsChangesFromBeingSealed)
{
    const QStringList attempts = {
        u"SELECT set_config('dotpha.written_by_hand', 'yes', false); "
        "UPDATE task SET title = 'Chuyển đổi số toàn diện' WHERE id = %1"_s.arg(draft),
        u"BEGIN; SAVEPOINT a; UPDATE task SET title = 'Cải cách hành chính mạnh mẽ' WHERE id = %1; "
        "RELEASE SAVEPOINT a; COMMIT"_s.arg(draft),
    };
    for (const QString &sql : attempts) {
        const PsqlOutcome editing = psqlAs(clerk->name(), server.address(), sql);
        ASSERT_TRUE(editing.succeeded) << editing.errors.toStdString();
    }
    expectEverythingSealed();
}

// A transaction that reads an older snapshot than READ COMMITTED's would chain its seal to one
// that is no longer the latest: the trail refuses to write in it.
TEST_F(ServerRightsTest, AChangeInARepeatableReadTransactionIsRefused)
{
    const PsqlOutcome editing = psqlAs(clerk->name(), server.address(),
                                       u"BEGIN ISOLATION LEVEL REPEATABLE READ; "
                                       "UPDATE task SET title = 'Khác' WHERE id = %1; COMMIT"_s.arg(draft));
    EXPECT_FALSE(editing.succeeded);
    EXPECT_TRUE(editing.errors.contains(u"READ COMMITTED"_s)) << editing.errors.toStdString();
    EXPECT_EQ(valueOf(u"SELECT title FROM task WHERE id = %1"_s.arg(draft)), u"Cải cách hành chính"_s);
}

// A person's change is named in the trail by their own account, whatever their session claims.
TEST_F(ServerRightsTest, TheTrailNamesAPersonByTheirLoginWhateverTheSessionClaims)
{
    ASSERT_TRUE(server.run(u"INSERT INTO app_user (login, display_name, role, password_salt, password_hash, "
                           "password_iterations) VALUES ('%1', 'Lê Thị Lan', 'clerk', '', '', 1)"_s.arg(clerk->name())));
    const PsqlOutcome editing = psqlAs(clerk->name(), server.address(),
                                       u"SELECT set_config('dotpha.actor', 'Chủ tịch', false), "
                                       "set_config('dotpha.actor_id', '1', false); "
                                       "UPDATE task SET title = 'Chuyển đổi số toàn diện' WHERE id = %1"_s.arg(draft));
    ASSERT_TRUE(editing.succeeded) << editing.errors.toStdString();
    EXPECT_EQ(valueOf(u"SELECT actor || ' ' || (actor_id = (SELECT id FROM app_user WHERE display_name = 'Lê Thị Lan'))"
                      " FROM audit_log WHERE field = 'title' ORDER BY id DESC LIMIT 1"_s),
              u"Lê Thị Lan true"_s);
}

// The owner is whoever owns the database, superuser or not, and whoever is a member of the
// owner's role (administration.md: dotpha_owner has CREATEROLE, not SUPERUSER); nobody else.
TEST_F(ServerRightsTest, TheDatabasesOwnerAndTheOwnersMembersActAsTheOwnerWithoutBeingSuperusers)
{
    const QString saysOwner = u"DO $$ BEGIN IF NOT dotpha_owner_acts() THEN RAISE EXCEPTION 'not the owner'; "
                              "END IF; END $$"_s;
    TemporaryLogin ownerLogin(server, u"dotpha_clerk"_s);
    TemporaryLogin ownersColleague(server, ownerLogin.name());
    ASSERT_TRUE(server.run(u"ALTER DATABASE %1 OWNER TO %2"_s.arg(server.address().database, ownerLogin.name())));
    const PsqlOutcome byOwner = psqlAs(ownerLogin.name(), server.address(), saysOwner);
    const PsqlOutcome byColleague = psqlAs(ownersColleague.name(), server.address(), saysOwner);
    const PsqlOutcome byClerk = psqlAs(clerk->name(), server.address(), saysOwner);
    ASSERT_TRUE(server.run(u"ALTER DATABASE %1 OWNER TO CURRENT_USER"_s.arg(server.address().database)));
    EXPECT_TRUE(byOwner.succeeded) << byOwner.errors.toStdString();
    EXPECT_TRUE(byColleague.succeeded) << byColleague.errors.toStdString();
    EXPECT_FALSE(byClerk.succeeded);
    EXPECT_TRUE(byClerk.errors.contains(u"not the owner"_s)) << byClerk.errors.toStdString();
}

} // namespace

// Was: any login read the accounts' password hashes (offline guessing).
TEST_F(ServerRightsTest, NobodyButTheOwnerReadsThePasswordHashes)
{
    expectRefused(*clerk, u"SELECT password_hash FROM app_user"_s);
    expectRefused(*reviewer, u"SELECT * FROM app_user"_s);
    const PsqlOutcome listing = psqlAs(clerk->name(), server.address(), u"SELECT id, login, role FROM app_user"_s);
    EXPECT_TRUE(listing.succeeded) << listing.errors.toStdString();
}

// The committee's private key signs what it sends other committees: a clerk's or a reviewer's
// login reads the public key and nothing more; an administrator's reads the pair; no login changes it.
TEST_F(ServerRightsTest, OnlyAdministratorsReadTheCommitteesPrivateKey)
{
    expectRefused(*clerk, u"SELECT private_key FROM committee_key"_s);
    expectRefused(*reviewer, u"SELECT * FROM committee_key"_s);
    const PsqlOutcome reading = psqlAs(clerk->name(), server.address(), u"SELECT public_key FROM committee_key"_s);
    EXPECT_TRUE(reading.succeeded) << reading.errors.toStdString();
    const TemporaryLogin administrator(server, u"dotpha_administrator"_s);
    const PsqlOutcome signing =
        psqlAs(administrator.name(), server.address(), u"SELECT private_key FROM committee_key"_s);
    EXPECT_TRUE(signing.succeeded) << signing.errors.toStdString();
    expectRefused(administrator, u"UPDATE committee_key SET public_key = private_key"_s);
    expectRefused(administrator, u"DELETE FROM committee_key"_s);
    expectRefused(*clerk, u"INSERT INTO committee_key VALUES (2, '\\x00', '\\x00', now())"_s);
}

// Was: any clerk could stop the office: LOCK TABLE (which a table-wide UPDATE permits), or the
// trail's advisory lock taken by hand, made everyone's reads and saves fail.
TEST_F(ServerRightsTest, NoLoginTakesALockThatStopsTheOffice)
{
    expectRefused(*clerk, u"BEGIN; LOCK TABLE task IN ACCESS EXCLUSIVE MODE; COMMIT"_s);
    expectRefused(*clerk, u"BEGIN; LOCK TABLE unit IN SHARE MODE; COMMIT"_s);
    expectRefused(*reviewer, u"BEGIN; LOCK TABLE progress_note IN EXCLUSIVE MODE; COMMIT"_s);
    expectRefused(*clerk, u"SELECT pg_advisory_lock(%1)"_s.arg(ServerDatabase::TrailLock));
    expectRefused(*clerk, u"BEGIN; SELECT pg_advisory_xact_lock(%1); COMMIT"_s.arg(ServerDatabase::TrailLock));
    expectRefused(*clerk, u"SELECT pg_try_advisory_lock(1, 2)"_s);
    expectRefused(*clerk, u"DELETE FROM unit"_s);
    expectRefused(*clerk, u"SELECT dotpha_delete('task', %1, 1)"_s.arg(draft));
    // What a clerk does through Dotpha still goes: a change, and a record removed by its owner's function.
    const PsqlOutcome editing = psqlAs(clerk->name(), server.address(),
                                       u"UPDATE task SET title = 'Chuyển đổi số toàn diện' WHERE id = %1"_s.arg(draft));
    EXPECT_TRUE(editing.succeeded) << editing.errors.toStdString();
    const PsqlOutcome adding = psqlAs(clerk->name(), server.address(),
                                      u"INSERT INTO field (name, name_folded) VALUES ('Tạm', 'tam')"_s);
    ASSERT_TRUE(adding.succeeded) << adding.errors.toStdString();
    const PsqlOutcome removing = psqlAs(
        clerk->name(), server.address(),
        u"SELECT dotpha_delete('field', id, version) FROM field WHERE name = 'Tạm'"_s);
    EXPECT_TRUE(removing.succeeded) << removing.errors.toStdString();
    EXPECT_EQ(valueOf(u"SELECT count(*) FROM field WHERE name = 'Tạm'"_s), u"0"_s);
    expectEverythingSealed();
}
