#include "FieldRepository.h"
#include "PersonRepository.h"
#include "TemporaryDatabase.h"
#include "TestData.h"
#include "UnitRepository.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

template <typename Record>
QStringList names(const QList<Record> &records, QString Record::*name)
{
    QStringList result;
    for (const Record &record : records)
        result << record.*name;
    return result;
}

} // namespace

TEST(UnitRepository, StoresMergerSuccessorAndActiveYears)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    UnitRepository &units = workspace->repositories().units;
    TestData data(workspace->repositories());
    const Unit merged = data.addUnit(u"xã Yên Sơn mới"_s);
    Unit old = data.addUnit(u"xã Mỹ Bằng"_s);
    old.activeFromYear = 2015;
    old.activeToYear = 2025;
    old.successorId = merged.id;
    const Result<int> version = units.update(old);
    ASSERT_TRUE(version.ok()) << describe(version.error());
    EXPECT_EQ(*version, 2);

    const Result<Unit> read = units.find(old.id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->successorId, merged.id);
    EXPECT_EQ(read->activeFromYear, 2015);
    EXPECT_EQ(read->activeToYear, 2025);
    EXPECT_EQ(read->kind, UnitKind::Commune);
    EXPECT_EQ(read->version, 2);
}

TEST(UnitRepository, ListsInVietnameseOrderAndSearchesWithoutAccents)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    TestData data(workspace->repositories());
    for (const QString &name : {u"Đạo Viện"_s, u"Mỹ Bằng"_s, u"Dân Chủ"_s, u"Ân Thi"_s, u"An Khang"_s})
        data.addUnit(name);
    UnitRepository &units = workspace->repositories().units;
    EXPECT_EQ(names(*units.all(), &Unit::name),
              (QStringList{u"An Khang"_s, u"Ân Thi"_s, u"Dân Chủ"_s, u"Đạo Viện"_s, u"Mỹ Bằng"_s}));
    EXPECT_EQ(names(*units.search(u"my bang"_s), &Unit::name), QStringList{u"Mỹ Bằng"_s});
    EXPECT_EQ(names(*units.search(u"dao vien"_s), &Unit::name), QStringList{u"Đạo Viện"_s});
    // Every name with "an" in it once folded, "Bằng" included.
    EXPECT_EQ(names(*units.search(u"AN"_s), &Unit::name),
              (QStringList{u"An Khang"_s, u"Ân Thi"_s, u"Dân Chủ"_s, u"Mỹ Bằng"_s}));
}

TEST(PersonRepository, FindsPeopleOfAUnitAndByFoldedName)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    TestData data(workspace->repositories());
    const Unit daoVien = data.addUnit(u"xã Đạo Viện"_s);
    const Unit myBang = data.addUnit(u"xã Mỹ Bằng"_s);
    data.addPerson(u"Trần Văn Cương"_s, daoVien);
    data.addPerson(u"Hoàng Minh Cảnh"_s, myBang);
    data.addPerson(u"Phạm Kiên Cường"_s, daoVien);
    PersonRepository &people = workspace->repositories().people;

    // Sorted by given name: Cương before Cường.
    EXPECT_EQ(names(*people.ofUnit(daoVien.id), &Person::fullName),
              (QStringList{u"Trần Văn Cương"_s, u"Phạm Kiên Cường"_s}));
    EXPECT_EQ(names(*people.search(u"cuong"_s), &Person::fullName),
              (QStringList{u"Trần Văn Cương"_s, u"Phạm Kiên Cường"_s}));
    EXPECT_EQ(names(*people.search(u"hoang canh"_s), &Person::fullName), QStringList{u"Hoàng Minh Cảnh"_s});
    EXPECT_EQ(people.all()->size(), 3);
}

TEST(PersonRepository, AUnitWithPeopleCannotBeDeleted)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    TestData data(workspace->repositories());
    const Unit unit = data.addUnit(u"xã Đạo Viện"_s);
    const Person person = data.addPerson(u"Trần Văn Cương"_s, unit);
    const Status removed = workspace->repositories().units.remove(unit.id, unit.version);
    ASSERT_FALSE(removed.ok());
    EXPECT_EQ(removed.error().kind(), Error::Kind::Validation);
    const Result<Person> read = workspace->repositories().people.find(person.id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->unitId, unit.id);   // the link is kept, not nulled
}

TEST(FieldRepository, NamesAreUniqueIgnoringAccents)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    FieldRepository &fields = workspace->repositories().fields;
    ASSERT_TRUE(fields.add(Field{0, u"Quy hoạch đô thị"_s, 0}).ok());
    ASSERT_TRUE(fields.add(Field{0, u"Đất đai, khoáng sản"_s, 0}).ok());
    const Result<qint64> duplicate = fields.add(Field{0, u"quy hoach do thi"_s, 0});
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().kind(), Error::Kind::Validation);

    const auto found = fields.findByName(u"QUY HOẠCH ĐÔ THỊ"_s);
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_EQ(found.value()->name, u"Quy hoạch đô thị"_s);
    EXPECT_EQ(names(*fields.all(), &Field::name), (QStringList{u"Đất đai, khoáng sản"_s, u"Quy hoạch đô thị"_s}));
}
