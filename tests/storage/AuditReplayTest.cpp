#include "AuditRepository.h"
#include "DecisionRepository.h"
#include "FieldRepository.h"
#include "OutsideDotpha.h"
#include "TaskRepository.h"
#include "TemporaryDatabase.h"
#include "TestBackend.h"
#include "TestData.h"
#include "UserRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

// Re-seals the whole change log from docs/schema.md alone, as a script written against the
// documented format would after rewriting records: what such a forgery gets past, and what it
// does not.
void resealFromTheDocumentation(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"forger"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery seals(db);
        ASSERT_TRUE(seals.exec(u"SELECT first_id, last_id FROM audit_seal ORDER BY last_id"_s));
        QList<std::pair<qint64, qint64>> ranges;
        while (seals.next())
            ranges.append({seals.value(0).toLongLong(), seals.value(1).toLongLong()});
        QByteArray previous;
        QSqlQuery rows(db);
        QSqlQuery store(db);
        for (const auto &[first, last] : ranges) {
            QByteArray recordHashes;
            ASSERT_TRUE(rows.exec(u"SELECT id, recorded_at, actor_id, actor, action, entity, entity_id, task_id, field, "
                                  "old_value, new_value, note, snapshot FROM audit_log WHERE id BETWEEN %1 AND %2 "
                                  "ORDER BY id"_s.arg(first).arg(last)));
            while (rows.next()) {
                QCryptographicHash hash(QCryptographicHash::Sha256);
                for (int i = 0; i < 12; ++i) {
                    hash.addData(QByteArray("\x1f"));
                    hash.addData(rows.value(i).isNull() ? QByteArray("\x00", 1) : rows.value(i).toString().toUtf8());
                }
                if (!rows.value(12).isNull()) {
                    hash.addData(QByteArray("\x1d"));
                    hash.addData(rows.value(12).toString().toUtf8());
                }
                recordHashes += hash.result();
            }
            previous = QCryptographicHash::hash(QByteArray(previous + recordHashes), QCryptographicHash::Sha256);
            store.prepare(u"UPDATE audit_seal SET record_hashes = ?, hash = ? WHERE last_id = ?"_s);
            store.bindValue(0, recordHashes);
            store.bindValue(1, previous);
            store.bindValue(2, last);
            ASSERT_TRUE(store.exec());
        }
        rows.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"forger"_s);
}

bool anyContains(const QStringList &problems, std::initializer_list<QString> words)
{
    return std::any_of(problems.begin(), problems.end(), [&](const QString &problem) {
        return std::all_of(words.begin(), words.end(), [&](const QString &word) { return problem.contains(word); });
    });
}

} // namespace

// A file with one of each kind of record, written by Dotpha; each test changes it as another
// program would and checks that replaying the trail finds the change.
class AuditReplayTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        workspace = temporary.open();
        ASSERT_TRUE(workspace);
        Repositories &r = workspace->repositories();
        TestData data(r);
        unit = data.addUnit(u"xã Mỹ Bằng"_s);
        task = data.addCollectiveTask(unit, u"Đô thị loại V"_s);
        Decision decision;
        decision.taskId = task.id;
        decision.kind = DecisionKind::Return;
        decision.decidedOn = QDate(2021, 3, 31);
        decisionId = *r.decisions.add(decision);
        User user;
        user.login = u"vanthu"_s;
        user.displayName = u"Văn thư"_s;
        user.password = PasswordHash::create(u"mật khẩu cũ"_s, 1000);
        userId = *r.users.add(user);
        ASSERT_TRUE(r.audit.verify()->isEmpty());
    }

    QStringList problemsAfter(const QString &sql, const QVariantList &values = {})
    {
        workspace.reset();
        changeOutsideDotpha(temporary.path(), sql, values);
        workspace = temporary.open();
        return *workspace->repositories().audit.verify();
    }

    TemporaryDatabase temporary;
    std::unique_ptr<Workspace> workspace;
    Unit unit;
    Task task;
    qint64 decisionId = 0;
    qint64 userId = 0;
};

TEST_F(AuditReplayTest, ATaskApprovedWithTheShellIsNamedWithTheColumn)
{
    const QStringList problems = problemsAfter(u"UPDATE task SET status = 'approved' WHERE id = %1"_s.arg(task.id));
    ASSERT_EQ(problems.size(), 1) << problems.join(u'\n').toStdString();
    EXPECT_TRUE(anyContains(problems, {u"task #%1"_s.arg(task.id), u"Đô thị loại V"_s, u"Status"_s, u"Approved"_s,
                                       u"Draft"_s}))
        << problems.first().toStdString();
}

TEST_F(AuditReplayTest, ADeletedDecisionIsFound)
{
    const QStringList problems = problemsAfter(u"DELETE FROM decision WHERE id = %1"_s.arg(decisionId));
    ASSERT_EQ(problems.size(), 1) << problems.join(u'\n').toStdString();
    EXPECT_TRUE(anyContains(problems, {u"decision #%1"_s.arg(decisionId), u"no longer in the database"_s}));
}

TEST_F(AuditReplayTest, ARenamedUnitIsFound)
{
    const QStringList problems = problemsAfter(u"UPDATE unit SET name = 'xã Mỹ Bằng mới' WHERE id = %1"_s.arg(unit.id));
    ASSERT_EQ(problems.size(), 1) << problems.join(u'\n').toStdString();
    EXPECT_TRUE(anyContains(problems, {u"unit #%1"_s.arg(unit.id), u"xã Mỹ Bằng mới"_s}));
}

TEST_F(AuditReplayTest, ARoleRaisedWithTheShellIsFound)
{
    const QStringList problems = problemsAfter(u"UPDATE app_user SET role = 'administrator' WHERE id = %1"_s.arg(userId));
    ASSERT_EQ(problems.size(), 1) << problems.join(u'\n').toStdString();
    EXPECT_TRUE(anyContains(problems, {u"user account #%1"_s.arg(userId), u"Role"_s, u"Administrator"_s}));
}

TEST_F(AuditReplayTest, DeletedAccountsAreFound)
{
    const QStringList problems = problemsAfter(u"DELETE FROM app_user"_s);
    ASSERT_EQ(problems.size(), 1) << problems.join(u'\n').toStdString();
    EXPECT_TRUE(anyContains(problems, {u"vanthu"_s, u"removed outside Dotpha"_s}));
}

TEST_F(AuditReplayTest, APasswordHashComputedElsewhereIsFound)
{
    const PasswordHash forged = PasswordHash::create(u"mật khẩu của kẻ gian"_s, 1000);
    const QStringList problems = problemsAfter(
        u"UPDATE app_user SET password_salt = ?, password_hash = ?, password_iterations = ? WHERE id = ?"_s,
        {forged.salt(), forged.hash(), forged.iterations(), userId});
    ASSERT_EQ(problems.size(), 1) << problems.join(u'\n').toStdString();
    EXPECT_TRUE(anyContains(problems, {u"vanthu"_s, u"password"_s}));
    const Result<QList<AuditDiscrepancy>> account = workspace->repositories().audit.discrepanciesOf(u"app_user"_s, userId);
    ASSERT_TRUE(account.ok());
    ASSERT_EQ(account->size(), 1);
    EXPECT_EQ(account->first().kind, AuditDiscrepancy::Kind::Password);
}

TEST_F(AuditReplayTest, ARecordAddedWithTheShellHasNoHistory)
{
    const QStringList problems =
        problemsAfter(u"INSERT INTO field (name, name_folded) VALUES ('Chuyển đổi số', 'chuyen doi so')"_s);
    ASSERT_EQ(problems.size(), 1) << problems.join(u'\n').toStdString();
    EXPECT_TRUE(anyContains(problems, {u"Chuyển đổi số"_s, u"no history"_s}));
}

TEST_F(AuditReplayTest, ChangesMadeByDotphaReplayCleanly)
{
    Repositories &r = workspace->repositories();
    Task edited = *r.tasks.find(task.id);
    edited.objective = u"Đạt 12/12 tiêu chí"_s;
    edited.deadline = QDate();
    edited.progressPercent = 40;
    ASSERT_TRUE(r.tasks.update(edited).ok());
    ASSERT_TRUE(r.tasks.remove(task.id, edited.version + 1).ok());
    const Field field{0, u"Giải phóng mặt bằng"_s, 0};
    const qint64 fieldId = *r.fields.add(field);
    ASSERT_TRUE(r.fields.remove(fieldId, 1).ok());
    const QStringList problems = *r.audit.verify();
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
}

TEST_F(AuditReplayTest, ARewrittenAndResealedTrailPassesTheChainButNotTheHeadTakenEarlier)
{
    DOTPHA_FILE_ONLY("files written by earlier versions, and a forgery of a file's seals");
    const AuditHead before = **workspace->repositories().audit.head();
    workspace.reset();
    // The task renamed, and its record in the trail rewritten to match, then everything sealed again.
    changeOutsideDotpha(temporary.path(), u"UPDATE task SET title = 'Việc khác' WHERE id = %1"_s.arg(task.id));
    changeOutsideDotpha(temporary.path(),
                        u"UPDATE audit_log SET new_value = 'Việc khác', snapshot = json_set(snapshot, '$.title', "
                        "'Việc khác') WHERE entity = 'task' AND entity_id = %1"_s.arg(task.id));
    resealFromTheDocumentation(temporary.path());
    workspace = temporary.open();
    AuditRepository &audit = workspace->repositories().audit;
    EXPECT_TRUE(audit.verify()->isEmpty()) << "the forgery is consistent on its own";
    const std::optional<AuditHead::Expected> expected = AuditHead::parse(before.code());
    ASSERT_TRUE(expected.has_value());
    const QStringList problems = *audit.verifyHead(*expected);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains(QString::number(before.lastId)));
}

TEST_F(AuditReplayTest, TheHeadTakenEarlierStillHoldsAfterLaterChanges)
{
    const AuditHead before = **workspace->repositories().audit.head();
    EXPECT_EQ(before.records, *workspace->repositories().audit.count());
    TestData(workspace->repositories()).addCollectiveTask(unit, u"Việc sau"_s);
    const AuditHead after = **workspace->repositories().audit.head();
    EXPECT_GT(after.lastId, before.lastId);
    EXPECT_TRUE(workspace->repositories().audit.verifyHead(*AuditHead::parse(before.code()))->isEmpty());
    EXPECT_FALSE(workspace->repositories().audit.verifyHead({before.lastId + 1, u"00000000"_s})->isEmpty());
}

// A file written by Dotpha 0.1 (data format 2: every audit record sealed on its own, inserts
// recorded by name only) upgrades with its seals intact and a baseline of every record, after
// which the replay proves the rows and finds a change made outside.
TEST(AuditUpgrade, AFormatTwoFileKeepsItsSealsAndGainsABaseline)
{
    DOTPHA_FILE_ONLY("files written by earlier versions, and a forgery of a file's seals");
    TemporaryDatabase temporary;
    ASSERT_TRUE(QFile::copy(QStringLiteral(DOTPHA_STORAGE_TEST_DATA "/version-2-sample.sqlite"), temporary.path()));
    QFile::setPermissions(temporary.path(), QFile::ReadOwner | QFile::WriteOwner);
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    AuditRepository &audit = workspace->repositories().audit;
    QStringList problems = *audit.verify();
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
    const QList<AuditEntry> history = *audit.ofTask(1);
    ASSERT_GE(history.size(), 2);
    EXPECT_EQ(history.first().action, AuditAction::Insert);   // recorded by format 2, kept as it was
    EXPECT_EQ(history.last().action, AuditAction::Baseline);
    workspace.reset();

    changeOutsideDotpha(temporary.path(), u"UPDATE task SET progress_percent = 55 WHERE id = 1"_s);
    workspace = temporary.open();
    problems = *workspace->repositories().audit.verify();
    ASSERT_EQ(problems.size(), 1) << problems.join(u'\n').toStdString();
    EXPECT_TRUE(problems.first().contains(u"task #1"_s));
}

// A format-2 trail changed before the upgrade: the baseline does not bless it quietly. The upgrade
// goes ahead (nothing is lost), the baseline says what it was taken over, and check keeps
// naming the changed record.
TEST(AuditUpgrade, ATrailChangedBeforeTheUpgradeIsNamedByTheBaselineAndByTheCheck)
{
    DOTPHA_FILE_ONLY("files written by earlier versions, and a forgery of a file's seals");
    TemporaryDatabase temporary;
    ASSERT_TRUE(QFile::copy(QStringLiteral(DOTPHA_STORAGE_TEST_DATA "/version-2-sample.sqlite"), temporary.path()));
    QFile::setPermissions(temporary.path(), QFile::ReadOwner | QFile::WriteOwner);
    changeOutsideDotpha(temporary.path(), u"UPDATE audit_log SET actor = 'người khác' WHERE id = 2"_s);
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    AuditRepository &audit = workspace->repositories().audit;
    const QStringList problems = *audit.verify();
    ASSERT_FALSE(problems.isEmpty());
    EXPECT_TRUE(problems.first().contains(u"2"_s)) << problems.join(u'\n').toStdString();
    const AuditEntry baseline = audit.ofTask(1)->last();
    ASSERT_EQ(baseline.action, AuditAction::Baseline);
    EXPECT_TRUE(baseline.note.contains(u"did not match"_s)) << baseline.note.toStdString();
}

// Columns a later format added (the score, its thresholds) are known to the trail of the records
// already there: the value the upgrade gave them. Set outside Dotpha afterwards, check names them.
TEST(AuditUpgrade, AColumnAddedByALaterFormatIsProvedForTheRecordsAlreadyThere)
{
    DOTPHA_FILE_ONLY("files written by earlier versions");
    TemporaryDatabase temporary;
    ASSERT_TRUE(QFile::copy(QStringLiteral(DOTPHA_STORAGE_TEST_DATA "/version-2-sample.sqlite"), temporary.path()));
    QFile::setPermissions(temporary.path(), QFile::ReadOwner | QFile::WriteOwner);
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    QStringList problems = *workspace->repositories().audit.verify();
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
    workspace.reset();

    changeOutsideDotpha(temporary.path(), u"UPDATE task SET score = 95 WHERE id = 1"_s);
    changeOutsideDotpha(temporary.path(), u"UPDATE committee_settings SET score_excellent = 80"_s);
    workspace = temporary.open();
    problems = *workspace->repositories().audit.verify();
    ASSERT_EQ(problems.size(), 2) << problems.join(u'\n').toStdString();
    EXPECT_TRUE(problems.join(u'\n').contains(u"task #1"_s)) << problems.join(u'\n').toStdString();
}
