#include "ServerDatabase.h"
#include "SqlFieldRepository.h"
#include "SqlPersonRepository.h"
#include "SqlTaskRepository.h"
#include "SqlUnitRepository.h"
#include "TestServer.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

std::string messageOf(const Error &error)
{
    return error.message().toStdString() + " (" + error.detail().toStdString() + ")";
}

class ServerRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        DOTPHA_NEEDS_TEST_SERVER();
        ASSERT_TRUE(temporary.ok()) << temporary.why().toStdString();
        const Result<int> prepared = ServerDatabase::prepare(temporary.address());
        ASSERT_TRUE(prepared) << messageOf(prepared.error());
        auto opened = ServerDatabase::open(temporary.address());
        ASSERT_TRUE(opened) << messageOf(opened.error());
        database = std::move(opened).value();
    }

    Unit addUnit(SqlUnitRepository &units, const QString &name)
    {
        Unit unit{0, name, UnitKind::Commune, {}, {}, {}, {}, 1};
        const Result<qint64> id = units.add(unit);
        EXPECT_TRUE(id) << messageOf(id.error());
        unit.id = id ? *id : 0;
        return unit;
    }

    TemporaryServerDatabase temporary;
    std::unique_ptr<ServerDatabase> database;
};

} // namespace

// The repositories a file uses run their statements on the office server unchanged: the new
// row's id comes back by RETURNING (the trail's own sequence notwithstanding), the optimistic lock
// holds, rows added together get their ids in order.
TEST_F(ServerRepositoryTest, UnitsPeopleAndFieldsAreStoredFoundAndLocked)
{
    SqlUnitRepository units(*database);
    SqlPersonRepository people(*database);
    SqlFieldRepository fields(*database);
    const Unit myBang = addUnit(units, u"Xã Mỹ Bằng"_s);
    const Unit daoVien = addUnit(units, u"Xã Đạo Viện"_s);
    EXPECT_EQ(daoVien.id, myBang.id + 1) << "ids of the unit table, not of the audit trail";

    Unit renamed = myBang;
    renamed.name = u"Xã Mỹ Bằng mới"_s;
    const Result<int> version = units.update(renamed);
    ASSERT_TRUE(version) << messageOf(version.error());
    EXPECT_EQ(*version, 2);
    const Result<int> stale = units.update(myBang);   // still at version 1
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().kind(), Error::Kind::Conflict);

    const Result<QList<qint64>> many = people.addMany({Person{0, u"Trần Văn Cương"_s, u"Bí thư"_s, myBang.id, 1},
                                                      Person{0, u"Nguyễn Thị Lan"_s, u"Chủ tịch"_s, daoVien.id, 1}});
    ASSERT_TRUE(many) << messageOf(many.error());
    ASSERT_EQ(many->size(), 2);
    EXPECT_EQ(many->at(1), many->at(0) + 1);
    const Result<QList<Person>> everyone = people.all();
    ASSERT_TRUE(everyone) << messageOf(everyone.error());
    EXPECT_EQ(everyone->size(), 2);

    ASSERT_TRUE(fields.add(Field{0, u"Kinh tế"_s, 0}));
    const Result<qint64> twice = fields.add(Field{0, u"KINH TẾ"_s, 0});
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().kind(), Error::Kind::Validation) << messageOf(twice.error());
}

TEST_F(ServerRepositoryTest, TasksAreAddedListedInVietnameseOrderAndSearchedWithoutAccents)
{
    SqlUnitRepository units(*database);
    SqlTaskRepository tasks(*database);
    const Unit myBang = addUnit(units, u"Xã Mỹ Bằng"_s);
    QList<Task> written;
    for (const QString &title : {u"Đường hoa"_s, u"Chợ đêm"_s, u"Ấp văn hóa"_s, u"An ninh thôn"_s}) {
        Task task;
        task.year = 2022;
        task.kind = TaskKind::Collective;
        task.takeOwnerSnapshot(myBang, nullptr);
        task.title = title;
        task.deadline = QDate(2022, 12, 31);
        written << task;
    }
    const Result<qint64> first = tasks.add(written.takeFirst());
    ASSERT_TRUE(first) << messageOf(first.error());
    const Result<QList<qint64>> rest = tasks.addMany(written);
    ASSERT_TRUE(rest) << messageOf(rest.error());

    const Result<Task> found = tasks.find(*first);
    ASSERT_TRUE(found) << messageOf(found.error());
    EXPECT_EQ(found->title, u"Đường hoa"_s);
    EXPECT_EQ(found->deadline, QDate(2022, 12, 31));
    EXPECT_EQ(found->unitNameAtRegistration, u"Xã Mỹ Bằng"_s);

    TaskQuery byTitle;
    byTitle.year = 2022;
    byTitle.sortKey = TaskQuery::SortKey::Title;
    const Result<QList<Task>> sorted = tasks.list(byTitle);
    ASSERT_TRUE(sorted) << messageOf(sorted.error());
    QStringList titles;
    for (const Task &task : *sorted)
        titles << task.title;
    EXPECT_EQ(titles, (QStringList{u"An ninh thôn"_s, u"Ấp văn hóa"_s, u"Chợ đêm"_s, u"Đường hoa"_s}));

    TaskQuery search;
    search.searchText = u"cho dem"_s;
    const Result<QList<Task>> matched = tasks.list(search);
    ASSERT_TRUE(matched) << messageOf(matched.error());
    ASSERT_EQ(matched->size(), 1);
    EXPECT_EQ(matched->first().title, u"Chợ đêm"_s);
}

// A search runs with a plan made for its words, never with the one a server makes, from a
// prepared statement's sixth run on, for any word (which walks the whole trigram index for a word
// of one or two letters): after keystroke upon keystroke, no statement on the connection has run
// with a generic plan.
TEST_F(ServerRepositoryTest, ASearchIsPlannedForItsWordsEveryTime)
{
    SqlUnitRepository units(*database);
    SqlTaskRepository tasks(*database);
    const Unit myBang = addUnit(units, u"Xã Mỹ Bằng"_s);
    Task task;
    task.year = 2022;
    task.kind = TaskKind::Collective;
    task.takeOwnerSnapshot(myBang, nullptr);
    task.title = u"Giải phóng mặt bằng"_s;
    ASSERT_TRUE(tasks.add(task));
    const QString typed = u"giai phong"_s;
    for (int run = 0; run < 3; ++run) {
        for (int length = 1; length <= typed.size(); ++length) {
            TaskQuery search;
            search.searchText = typed.left(length);
            ASSERT_TRUE(tasks.count(search));
            ASSERT_TRUE(tasks.list(search));
        }
    }
    QSqlQuery plans(database->connection());
    ASSERT_TRUE(plans.exec(u"SELECT count(*), coalesce(sum(generic_plans), 0) FROM pg_prepared_statements "
                           "WHERE statement LIKE '%search_folded LIKE%'"_s)
                && plans.next());
    EXPECT_EQ(plans.value(1).toInt(), 0) << plans.value(0).toInt() << " search statements kept";
}
