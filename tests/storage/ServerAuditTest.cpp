#include "AuditChain.h"
#include "AuditReplay.h"
#include "ServerAuditStorage.h"
#include "ServerConnection.h"
#include "ServerDatabase.h"
#include "TestServer.h"
#include "TransactionGuard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

class ServerAuditTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        DOTPHA_NEEDS_TEST_SERVER();
        ASSERT_TRUE(temporary.ok()) << temporary.why().toStdString();
        const Result<int> prepared = ServerDatabase::prepare(temporary.address());
        ASSERT_TRUE(prepared) << prepared.error().message().toStdString();
        auto opened = ServerDatabase::open(temporary.address());
        ASSERT_TRUE(opened) << opened.error().message().toStdString();
        database = std::move(opened).value();
    }

    bool run(const QString &sql, const QVariantList &values = {})
    {
        // Without values, as it is: QPSQL prepares with SQL PREPARE, which takes no BEGIN.
        QSqlQuery query(database->connection());
        bool done = false;
        if (values.isEmpty()) {
            done = query.exec(sql);
        } else {
            EXPECT_TRUE(query.prepare(sql)) << query.lastError().text().toStdString();
            for (const QVariant &value : values)
                query.addBindValue(value);
            done = query.exec();
        }
        EXPECT_TRUE(done) << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return done;
    }

    // The trail's rows, oldest first, as "action entity field old→new by actor (note)".
    QStringList trail()
    {
        QSqlQuery query(database->connection());
        EXPECT_TRUE(query.exec(u"SELECT action, entity, field, coalesce(old_value, '∅'), coalesce(new_value, '∅'), "
                               "actor, note, coalesce(task_id::text, '-') FROM audit_log ORDER BY id"_s));
        QStringList rows;
        while (query.next())
            rows << u"%1 %2 %3 %4→%5 by %6 (%7) task %8"_s.arg(query.value(0).toString(), query.value(1).toString(),
                                                               query.value(2).toString(), query.value(3).toString(),
                                                               query.value(4).toString(), query.value(5).toString(),
                                                               query.value(6).toString(), query.value(7).toString());
        return rows;
    }

    QJsonObject snapshotOf(const QString &action, const QString &entity)
    {
        QSqlQuery query(database->connection());
        EXPECT_TRUE(query.prepare(u"SELECT snapshot FROM audit_log WHERE action = ? AND entity = ? ORDER BY id LIMIT 1"_s));
        query.addBindValue(action);
        query.addBindValue(entity);
        EXPECT_TRUE(query.exec() && query.next());
        return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    }

    // Who acts, for the transaction under way only.
    void actAs(const QString &actor, qint64 actorId, const QString &note)
    {
        run(u"SELECT set_config('dotpha.actor', ?, true), set_config('dotpha.actor_id', ?, true), "
            "set_config('dotpha.note', ?, true)"_s,
            {actor, QString::number(actorId), note});
    }

    TemporaryServerDatabase temporary;
    std::unique_ptr<ServerDatabase> database;
};

} // namespace

// The server writes the trail itself: a snapshot for an insert or a delete, a row per changed
// column for an update, the actor and note of the transaction that changed it.
TEST_F(ServerAuditTest, EveryChangeIsRecordedWithWhoMadeIt)
{
    ASSERT_TRUE(run(u"BEGIN"_s));
    actAs(u"Nguyễn Thị Lan"_s, 3, u"nhập từ tệp"_s);
    ASSERT_TRUE(run(u"INSERT INTO unit (id, name, name_folded, kind) VALUES (7, 'Xã Mỹ Bằng', 'xa my bang', 'commune')"_s));
    ASSERT_TRUE(run(u"INSERT INTO task (year, kind, unit_id, unit_name_at_registration, unit_kind_at_registration, title, "
                    "nature, origin, status, search_folded, title_sort_key, owner_sort_key, created_at, updated_at, "
                    "is_sample) VALUES (2022, 'collective', 7, 'Xã Mỹ Bằng', 'commune', 'Đô thị loại V', 'breakthrough', "
                    "'registered', 'draft', '', '\\x00', '\\x00', now(), now(), 1)"_s));
    ASSERT_TRUE(run(u"COMMIT"_s));

    ASSERT_TRUE(run(u"BEGIN"_s));
    actAs(u"Trần Văn Cương"_s, 4, QString());
    ASSERT_TRUE(run(u"UPDATE unit SET name = 'Xã Mỹ Bằng mới', name_folded = 'xa my bang moi', version = 2 WHERE id = 7"_s));
    ASSERT_TRUE(run(u"UPDATE task SET status = 'submitted', version = 2"_s));
    ASSERT_TRUE(run(u"COMMIT"_s));

    EXPECT_EQ(trail(), (QStringList{
                           u"insert unit  ∅→Xã Mỹ Bằng by Nguyễn Thị Lan (nhập từ tệp) task -"_s,
                           u"insert task  ∅→Đô thị loại V by Nguyễn Thị Lan (nhập từ tệp) task 1"_s,
                           u"update unit name Xã Mỹ Bằng→Xã Mỹ Bằng mới by Trần Văn Cương () task -"_s,
                           u"update task status draft→submitted by Trần Văn Cương () task 1"_s,
                       }));
    const QJsonObject unit = snapshotOf(u"insert"_s, u"unit"_s);
    EXPECT_EQ(unit.value(u"name"_s).toString(), u"Xã Mỹ Bằng"_s);
    EXPECT_EQ(unit.value(u"kind"_s).toString(), u"commune"_s);
    EXPECT_FALSE(unit.contains(u"name_folded"_s)) << "bookkeeping is not part of the record";
    EXPECT_FALSE(unit.contains(u"version"_s));
    const QJsonObject task = snapshotOf(u"insert"_s, u"task"_s);
    EXPECT_EQ(task.value(u"is_sample"_s).toString(), u"1"_s) << "flags as a file's trail writes them";
    EXPECT_FALSE(task.contains(u"title_sort_key"_s));
}

// A transaction's actor does not carry over to the next one on the same connection.
TEST_F(ServerAuditTest, TheActorLastsOneTransaction)
{
    ASSERT_TRUE(run(u"BEGIN"_s));
    actAs(u"Nguyễn Thị Lan"_s, 3, QString());
    ASSERT_TRUE(run(u"INSERT INTO field (name, name_folded) VALUES ('Kinh tế', 'kinh te')"_s));
    ASSERT_TRUE(run(u"COMMIT"_s));
    ASSERT_TRUE(run(u"DELETE FROM field"_s));
    EXPECT_EQ(trail(), (QStringList{u"insert field  ∅→Kinh tế by Nguyễn Thị Lan () task -"_s,
                                    u"delete field  Kinh tế→∅ by  () task -"_s}));
}

// A password hash is named when it changes, never shown.
TEST_F(ServerAuditTest, APasswordHashIsNamedWithoutItsValues)
{
    ASSERT_TRUE(run(u"INSERT INTO app_user (id, login, display_name, role, password_salt, password_hash, "
                    "password_iterations) VALUES (1, 'lan', 'Nguyễn Thị Lan', 'clerk', '\\x01', '\\x02', 1000)"_s));
    ASSERT_TRUE(run(u"UPDATE app_user SET password_hash = '\\x03' WHERE id = 1"_s));
    const QStringList rows = trail();
    ASSERT_EQ(rows.size(), 2);
    // Written by hand, as psql would: named by the login (server data format 13).
    QSqlQuery login(database->connection());
    ASSERT_TRUE(login.exec(u"SELECT session_user"_s) && login.next());
    EXPECT_EQ(rows.at(1), u"update app_user password_hash ∅→∅ by %1 (outside Dotpha: Dotpha) task -"_s.arg(login.value(0).toString()));
    EXPECT_FALSE(snapshotOf(u"insert"_s, u"app_user"_s).contains(u"password_hash"_s));
}

// Written through the guard, as every repository writes, a transaction's audit rows are sealed
// before it commits, one seal after the other; the chain then verifies, and a row the database's
// owner changes with psql afterwards is found.
TEST_F(ServerAuditTest, TheGuardSealsEachTransactionAndAChangeMadeOutsideDotphaIsFound)
{
    for (const QString &name : {u"Xã Mỹ Bằng"_s, u"Xã Đạo Viện"_s}) {
        TransactionGuard transaction(*database);
        ASSERT_TRUE(transaction.began()) << transaction.began().error().message().toStdString();
        actAs(u"Nguyễn Thị Lan"_s, 3, QString());
        ASSERT_TRUE(run(u"INSERT INTO unit (name, name_folded, kind) VALUES (?, '', 'commune')"_s, {name}));
        ASSERT_TRUE(run(u"UPDATE unit SET kind = 'ward' WHERE name = ?"_s, {name}));
        const Status committed = transaction.commit();
        ASSERT_TRUE(committed) << committed.error().message().toStdString();
    }
    QSqlQuery seals(database->connection());
    ASSERT_TRUE(seals.exec(u"SELECT first_id, last_id FROM audit_seal ORDER BY last_id"_s));
    QStringList ranges;
    while (seals.next())
        ranges << seals.value(0).toString() + u'-' + seals.value(1).toString();
    EXPECT_EQ(ranges, (QStringList{u"1-2"_s, u"3-4"_s}));
    const Result<QStringList> sound = AuditChain::verify(*database);
    ASSERT_TRUE(sound) << sound.error().message().toStdString();
    EXPECT_TRUE(sound->isEmpty()) << sound->join(u"; "_s).toStdString();

    ASSERT_TRUE(temporary.run(u"UPDATE audit_log SET new_value = 'Xã Khác' WHERE id = 3"_s));   // the owner, in psql
    const Result<QStringList> tampered = AuditChain::verify(*database);
    ASSERT_TRUE(tampered) << tampered.error().message().toStdString();
    ASSERT_FALSE(tampered->isEmpty());
    EXPECT_TRUE(tampered->join(u' ').contains(u"3"_s)) << tampered->join(u"; "_s).toStdString();
}

// The actor is said once, at sign-in, and each write transaction through the guard records it;
// a note said inside a transaction applies at once.
TEST_F(ServerAuditTest, TheActorSaidOnceIsRecordedByEveryTransaction)
{
    ASSERT_TRUE(database->setActor(5, u"Lê Văn Hùng"_s));
    for (const QString &name : {u"Kinh tế"_s, u"Văn hóa"_s}) {
        TransactionGuard transaction(*database);
        ASSERT_TRUE(transaction.began()) << transaction.began().error().message().toStdString();
        if (name == u"Văn hóa"_s) {
            ASSERT_TRUE(database->setNote(u"bổ sung"_s));
        }
        ASSERT_TRUE(run(u"INSERT INTO field (name, name_folded) VALUES (?, ?)"_s, {name, name}));
        ASSERT_TRUE(transaction.commit());
    }
    EXPECT_EQ(trail(), (QStringList{u"insert field  ∅→Kinh tế by Lê Văn Hùng () task -"_s,
                                    u"insert field  ∅→Văn hóa by Lê Văn Hùng (bổ sung) task -"_s}));
    QSqlQuery ids(database->connection());
    ASSERT_TRUE(ids.exec(u"SELECT DISTINCT actor_id FROM audit_log"_s) && ids.next());
    EXPECT_EQ(ids.value(0).toLongLong(), 5);
}

// A temporary table of the same name does not catch the trail: the trigger writes to Dotpha's.
TEST_F(ServerAuditTest, ATemporaryTrailCannotTakeTheRecords)
{
    ASSERT_TRUE(run(u"CREATE TEMP TABLE audit_log (LIKE public.audit_log INCLUDING ALL)"_s));
    ASSERT_TRUE(run(u"INSERT INTO field (name, name_folded) VALUES ('Kinh tế', 'kinh te')"_s));
    QSqlQuery count(database->connection());
    ASSERT_TRUE(count.exec(u"SELECT (SELECT count(*) FROM public.audit_log), (SELECT count(*) FROM pg_temp.audit_log)"_s)
                && count.next());
    EXPECT_EQ(count.value(0).toInt(), 1);
    EXPECT_EQ(count.value(1).toInt(), 0);
}

// The trail writes a timestamp in UTC whatever time zone the writing session has (psql on a PC in
// Hà Nội), so that the replay, which reads in UTC, finds such a record as it was written.
TEST_F(ServerAuditTest, ATimestampIsRecordedInUtcWhateverTheWritersTimeZone)
{
    ASSERT_TRUE(run(u"SET TIME ZONE 'Asia/Ho_Chi_Minh'"_s));
    ASSERT_TRUE(run(u"INSERT INTO closed_year (year, closed_at, closed_by) "
                    "VALUES (2021, '2022-01-05 08:00:00+07', 'Quản trị')"_s));
    ASSERT_TRUE(run(u"SET TIME ZONE 'UTC'"_s));
    ServerAuditStorage storage(*database);
    const Result<QList<AuditDiscrepancy>> found = AuditReplay::record(storage, u"closed_year"_s, 2021);
    ASSERT_TRUE(found) << found.error().message().toStdString();
    for (const AuditDiscrepancy &discrepancy : *found)
        ADD_FAILURE() << AuditDiscrepancyText::describe(discrepancy).toStdString();
}

// Each audited table has a trigger function of its own, written from its columns when the schema
// was last changed: a column added since without writing the function again would go unrecorded.
TEST_F(ServerAuditTest, EveryColumnOfEveryAuditedTableIsWrittenByItsTrigger)
{
    QSqlQuery columns(database->connection());
    ASSERT_TRUE(columns.exec(u"SELECT c.table_name, quote_ident(c.column_name), p.prosrc FROM information_schema.columns AS c "
                             "JOIN pg_trigger AS t ON t.tgrelid = format('public.%I', c.table_name)::regclass "
                             "AND t.tgname = 'audit' "
                             "LEFT JOIN pg_proc AS p ON p.oid = t.tgfoid AND p.proname = 'dotpha_audit_' || c.table_name "
                             "WHERE c.table_schema = 'public' AND NOT dotpha_audit_is_bookkeeping(c.column_name) "
                             "ORDER BY 1, 2"_s))
        << columns.lastError().text().toStdString();
    int checked = 0;
    while (columns.next()) {
        const QString table = columns.value(0).toString();
        const QString column = columns.value(1).toString();
        EXPECT_TRUE(columns.value(2).toString().contains(u"NEW.%1 "_s.arg(column)))
            << table.toStdString() << "." << column.toStdString() << " is not written by dotpha_audit_"
            << table.toStdString();
        ++checked;
    }
    EXPECT_GT(checked, 60) << "every audited table's columns";
}

// Whatever a column's type (text, numbers, dates, times, flags) and whether it becomes empty or
// filled, the trail records an update so that replaying it gives the row as stored.
TEST_F(ServerAuditTest, UpdatesOfEveryKindOfColumnReplayAsStored)
{
    ASSERT_TRUE(run(u"INSERT INTO unit (id, name, name_folded, kind) VALUES (7, 'Xã Mỹ Bằng', 'xa my bang', 'commune')"_s));
    ASSERT_TRUE(run(u"INSERT INTO task (id, year, kind, unit_id, unit_name_at_registration, unit_kind_at_registration, "
                    "title, nature, origin, status, search_folded, title_sort_key, owner_sort_key, created_at, "
                    "updated_at) VALUES (5, 2022, 'collective', 7, 'Xã Mỹ Bằng', 'commune', 'Đô thị loại V', "
                    "'breakthrough', 'registered', 'draft', '', '\\x00', '\\x00', now(), now())"_s));
    ASSERT_TRUE(run(u"INSERT INTO work_item (id, task_id, title, due_on) VALUES (3, 5, 'Khảo sát', '2022-03-31')"_s));
    ASSERT_TRUE(run(u"INSERT INTO indicator (id, task_id, name, baseline) VALUES (2, 5, 'Tỷ lệ', 12.5)"_s));
    ASSERT_TRUE(run(u"INSERT INTO indicator_value (id, indicator_id, measured_on, value) VALUES (4, 2, '2022-06-30', 0.1)"_s));
    ASSERT_TRUE(run(u"INSERT INTO closed_year (year, closed_at, closed_by) VALUES (2021, '2022-01-05 08:00:00.25+07', 'A')"_s));

    ASSERT_TRUE(run(u"UPDATE task SET title = 'Đô thị loại IV', end_year = 2024, progress_percent = 40, "
                    "rating = 'good', is_sample = 1 WHERE id = 5"_s));
    ASSERT_TRUE(run(u"UPDATE work_item SET due_on = NULL, done_on = '2022-04-02', position = 2 WHERE id = 3"_s));
    ASSERT_TRUE(run(u"UPDATE indicator SET baseline = NULL, target = 1e-7, unit_of_measure = '%' WHERE id = 2"_s));
    ASSERT_TRUE(run(u"UPDATE indicator_value SET value = -2.5e10, note = 'Quý II' WHERE id = 4"_s));
    ASSERT_TRUE(run(u"UPDATE closed_year SET closed_at = '2022-01-06 09:30:00+07', closed_by = 'B' WHERE year = 2021"_s));

    ServerAuditStorage storage(*database);
    const std::pair<const char *, qint64> records[] = {
        {"unit", 7}, {"task", 5}, {"work_item", 3}, {"indicator", 2}, {"indicator_value", 4}, {"closed_year", 2021}};
    for (const auto &[entity, id] : records) {
        const Result<QList<AuditDiscrepancy>> found = AuditReplay::record(storage, QString::fromLatin1(entity), id);
        ASSERT_TRUE(found) << found.error().message().toStdString();
        for (const AuditDiscrepancy &discrepancy : *found)
            ADD_FAILURE() << entity << ": " << AuditDiscrepancyText::describe(discrepancy).toStdString();
    }
    EXPECT_EQ(trail().filter(u"update task"_s).size(), 5) << trail().join(u"\n"_s).toStdString();
}
