#include "AuditRepository.h"
#include "DecisionRepository.h"
#include "IndicatorRepository.h"
#include "OutsideDotpha.h"
#include "ProgressNoteRepository.h"
#include "SchemaMigrations.h"
#include "TaskRepository.h"
#include "TemporaryDatabase.h"
#include "TestBackend.h"
#include "TestData.h"
#include "TransactionRunner.h"
#include "UserRepository.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

QList<AuditEntry> entriesOf(Workspace &workspace, const QString &entity)
{
    QList<AuditEntry> found;
    for (const AuditEntry &entry : *workspace.repositories().audit.newest(10000)) {
        if (entry.entity == entity)
            found.prepend(entry);
    }
    return found;
}

} // namespace

class AuditTrailTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        workspace = temporary.open();
        ASSERT_TRUE(workspace);
        ASSERT_TRUE(workspace->repositories().audit.setActor(7, u"Nguyễn Văn Thư"_s).ok());
        unit = TestData(workspace->repositories()).addUnit(u"xã Mỹ Bằng"_s);
        task = TestData(workspace->repositories()).addCollectiveTask(unit, u"Đô thị loại V"_s);
    }

    TemporaryDatabase temporary;
    std::unique_ptr<Workspace> workspace;
    Unit unit;
    Task task;
};

TEST_F(AuditTrailTest, AnInsertIsOneEntryNamingTheRecordAndTheActor)
{
    const QList<AuditEntry> taskEntries = entriesOf(*workspace, u"task"_s);
    ASSERT_EQ(taskEntries.size(), 1);
    const AuditEntry &created = taskEntries.first();
    EXPECT_EQ(created.action, AuditAction::Insert);
    EXPECT_EQ(created.entityId, task.id);
    EXPECT_EQ(created.taskId, task.id);
    EXPECT_EQ(created.newValue, u"Đô thị loại V"_s);
    EXPECT_EQ(created.actor, u"Nguyễn Văn Thư"_s);
    EXPECT_EQ(created.actorId, 7);
    EXPECT_TRUE(created.recordedAt.isValid());
}

TEST_F(AuditTrailTest, AnUpdateIsOneEntryPerChangedFieldWithOldAndNew)
{
    Task edited = *workspace->repositories().tasks.find(task.id);
    edited.title = u"Đô thị loại V năm 2021"_s;
    edited.progressPercent = 30;
    ASSERT_TRUE(workspace->repositories().tasks.update(edited).ok());
    QList<AuditEntry> updates = entriesOf(*workspace, u"task"_s).mid(1);
    ASSERT_EQ(updates.size(), 2);   // sort keys, folded text, version and timestamps are not fields of their own
    std::sort(updates.begin(), updates.end(), [](const AuditEntry &a, const AuditEntry &b) { return a.field < b.field; });
    EXPECT_EQ(updates[0].field, u"progress_percent"_s);
    EXPECT_EQ(updates[0].oldValue, u"0"_s);
    EXPECT_EQ(updates[0].newValue, u"30"_s);
    EXPECT_EQ(updates[1].field, u"title"_s);
    EXPECT_EQ(updates[1].oldValue, u"Đô thị loại V"_s);
    EXPECT_EQ(updates[1].newValue, u"Đô thị loại V năm 2021"_s);
    EXPECT_EQ(updates[1].action, AuditAction::Update);
}

TEST_F(AuditTrailTest, DeletionsDecisionsProgressAndPasswordsAreRecorded)
{
    Repositories &r = workspace->repositories();
    ASSERT_TRUE(r.tasks.remove(task.id, task.version).ok());   // to the recycle bin
    const AuditEntry binned = entriesOf(*workspace, u"task"_s).last();
    EXPECT_EQ(binned.field, u"deleted_at"_s);
    EXPECT_FALSE(binned.oldValue.has_value());

    Decision decision;
    decision.taskId = task.id;
    decision.kind = DecisionKind::Approve;
    decision.decidedOn = QDate(2021, 3, 31);
    ASSERT_TRUE(r.decisions.add(decision).ok());
    EXPECT_EQ(entriesOf(*workspace, u"decision"_s).first().newValue, u"approve"_s);
    EXPECT_EQ(entriesOf(*workspace, u"decision"_s).first().taskId, task.id);

    const Result<qint64> indicator = r.indicators.add(Indicator{0, task.id, u"Thu nhập"_s, u"triệu đồng"_s, 46.0, {}, 0});
    ASSERT_TRUE(indicator.ok());
    const Result<qint64> value = r.indicators.addValue(IndicatorValue{0, *indicator, QDate(2021, 12, 31), 47.0, {}});
    ASSERT_TRUE(value.ok());
    EXPECT_EQ(entriesOf(*workspace, u"indicator_value"_s).first().taskId, task.id);
    ASSERT_TRUE(r.indicators.removeValue(*value).ok());
    EXPECT_EQ(entriesOf(*workspace, u"indicator_value"_s).last().action, AuditAction::Delete);

    User user;
    user.login = u"vanthu"_s;
    user.displayName = u"Văn thư"_s;
    user.password = PasswordHash::create(u"mật khẩu cũ"_s, 1000);
    const Result<qint64> userId = r.users.add(user);
    ASSERT_TRUE(userId.ok());
    user = **r.users.findByLogin(u"vanthu"_s);
    user.password = PasswordHash::create(u"mật khẩu mới"_s, 1000);
    ASSERT_TRUE(r.users.update(user).ok());
    const QList<AuditEntry> userEntries = entriesOf(*workspace, u"app_user"_s);
    const auto passwordChange = std::find_if(userEntries.begin(), userEntries.end(),
                                             [](const AuditEntry &entry) { return entry.field == u"password_hash"_s; });
    ASSERT_NE(passwordChange, userEntries.end());
    EXPECT_FALSE(passwordChange->oldValue.has_value());   // never the hash itself
    EXPECT_FALSE(passwordChange->newValue.has_value());
    // What the trail keeps instead is the fingerprint, which a hash replaced outside Dotpha no longer matches.
    EXPECT_TRUE(std::any_of(userEntries.begin(), userEntries.end(), [&](const AuditEntry &entry) {
        return entry.field == u"password_fingerprint"_s && entry.newValue == user.password.fingerprint();
    }));
}

TEST_F(AuditTrailTest, AChangeRolledBackLeavesNoEntry)
{
    const int before = *workspace->repositories().audit.count();
    const Status failed = workspace->repositories().transactions.inTransaction([&]() -> Status {
        Task edited = *workspace->repositories().tasks.find(task.id);
        edited.title = u"Không lưu"_s;
        if (const Result<int> saved = workspace->repositories().tasks.update(edited); !saved)
            return saved.error();
        return Error::validation(u"thất bại giữa chừng"_s);
    });
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(*workspace->repositories().audit.count(), before);
}

TEST_F(AuditTrailTest, TheNoteIsWrittenOnEveryEntryUntilCleared)
{
    ASSERT_TRUE(workspace->repositories().audit.setNote(u"Sửa đổi muộn: theo kết luận"_s).ok());
    TestData(workspace->repositories()).addCollectiveTask(unit, u"Có ghi chú"_s);
    ASSERT_TRUE(workspace->repositories().audit.setNote(QString()).ok());
    TestData(workspace->repositories()).addCollectiveTask(unit, u"Không ghi chú"_s);
    const QList<AuditEntry> entries = entriesOf(*workspace, u"task"_s);
    EXPECT_EQ(entries.at(1).note, u"Sửa đổi muộn: theo kết luận"_s);
    EXPECT_TRUE(entries.at(2).note.isEmpty());
}

TEST_F(AuditTrailTest, ASoundChainVerifies)
{
    const Result<QStringList> problems = workspace->repositories().audit.verify();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty()) << problems->join(u'\n').toStdString();
}

TEST_F(AuditTrailTest, AnEntryChangedOutsideDotphaIsFound)
{
    const qint64 changed = entriesOf(*workspace, u"task"_s).first().id;
    workspace.reset();
    changeOutsideDotpha(temporary.path(), u"UPDATE audit_log SET actor = 'ai đó' WHERE id = %1"_s.arg(changed));
    workspace = temporary.open();
    const QStringList problems = *workspace->repositories().audit.verify();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains(QString::number(changed)));
}

TEST_F(AuditTrailTest, AnEntryRemovedOrSlippedInOutsideDotphaIsFound)
{
    const QList<AuditEntry> entries = entriesOf(*workspace, u"unit"_s);
    workspace.reset();
    changeOutsideDotpha(temporary.path(), u"DELETE FROM audit_log WHERE id = %1"_s.arg(entries.first().id));
    workspace = temporary.open();
    // The seal of the record's transaction breaks, and the unit it recorded now has no history.
    const QStringList afterRemoval = *workspace->repositories().audit.verify();
    ASSERT_EQ(afterRemoval.size(), 2) << afterRemoval.join(u'\n').toStdString();
    EXPECT_TRUE(afterRemoval.last().contains(u"xã Mỹ Bằng"_s));
    workspace.reset();
    changeOutsideDotpha(temporary.path(), u"INSERT INTO audit_log (recorded_at, actor, action, entity, entity_id) "
                                          "VALUES ('2021-01-01', 'ai đó', 'insert', 'task', 99)"_s);
    workspace = temporary.open();
    // A later change by Dotpha does not seal the row slipped in before it.
    TestData(workspace->repositories()).addCollectiveTask(unit, u"Sau khi bị sửa"_s);
    const QStringList problems = *workspace->repositories().audit.verify();
    // The broken seal, the record outside every seal, the unit without history, and task 99, which
    // the forged record says exists.
    ASSERT_EQ(problems.size(), 4) << problems.join(u'\n').toStdString();
    EXPECT_TRUE(problems.at(1).contains(u"no seal"_s) || problems.at(1).contains(u"niêm phong"_s));
}

TEST(AuditMigration, AVersionOneFileKeepsItsTasksAndGainsTheTrail)
{
    DOTPHA_FILE_ONLY("a file written by an earlier version");
    TemporaryDatabase temporary;
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"version-one"_s);
        old.setDatabaseName(temporary.path());
        ASSERT_TRUE(old.open());
        QSqlQuery query(old);
        for (const QString &statement : SchemaMigrations::steps().first().statements)
            ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
        ASSERT_TRUE(query.exec(u"PRAGMA user_version = 1"_s));
        ASSERT_TRUE(query.exec(u"PRAGMA application_id = %1"_s.arg(SchemaMigrations::ApplicationId)));
        ASSERT_TRUE(query.exec(u"INSERT INTO unit (name, name_folded, kind) VALUES ('xã Mỹ Bằng', 'xa my bang', 'commune')"_s));
        ASSERT_TRUE(query.exec(u"INSERT INTO task (year, kind, unit_id, unit_name_at_registration, unit_kind_at_registration, "
                               "title, nature, origin, status, search_folded, title_sort_key, owner_sort_key, created_at, "
                               "updated_at) VALUES (2021, 'collective', 1, 'xã Mỹ Bằng', 'commune', 'Việc cũ', 'new', "
                               "'registered', 'approved', 'viec cu', x'00', x'00', '2021-01-01', '2021-01-01')"_s));
        old.close();
    }
    QSqlDatabase::removeDatabase(u"version-one"_s);

    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    EXPECT_EQ(workspace->database().schemaVersion(), SchemaMigrations::currentVersion());
    const Result<Task> kept = workspace->repositories().tasks.find(1);
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(kept->title, u"Việc cũ"_s);
    EXPECT_FALSE(kept->continuesTaskId.has_value());
    Task edited = *kept;
    edited.assessment = u"Sau nâng cấp"_s;
    ASSERT_TRUE(workspace->repositories().tasks.update(edited).ok());
    // The task as it stood at the upgrade, then the change.
    const QList<AuditEntry> history = *workspace->repositories().audit.ofTask(1);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.first().action, AuditAction::Baseline);
    EXPECT_EQ(history.last().field, u"assessment"_s);
    EXPECT_TRUE(workspace->repositories().audit.verify()->isEmpty());
}
