#include "CsvReader.h"
#include "RegistrationPlanner.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;

namespace {

// What a database with one commune, a closed year and one registration would give the planner.
ImportReferenceData communeData()
{
    ImportReferenceData data;
    data.unitsByName.insert(u"xa my bang"_s, Unit{7, u"Xã Mỹ Bằng"_s, UnitKind::Commune, {}, {}, {}, {}, 1});
    data.years = {2021, 2022};
    data.closedYears = {2021};
    data.registrations.insert(ImportReferenceData::registrationKey(2022, u"Chợ đêm"_s, u"Xã Mỹ Bằng"_s));
    return data;
}

QList<QStringList> manyRows(int count)
{
    QList<QStringList> table{{u"Năm"_s, u"Đơn vị"_s, u"Tên việc"_s}};
    for (int i = 0; i < count; ++i)
        table << QStringList{u"2022"_s, u"Xã Mỹ Bằng"_s, u"Việc %1"_s.arg(i)};
    return table;
}

} // namespace

// The planner needs no connection: what it compares with is given, so it may run on any thread.
TEST(RegistrationPlanner, PlansFromTheReferenceDataAlone)
{
    const QList<QStringList> table = CsvReader::parse(u"Năm,Đơn vị,Tên việc\n"
                                                      "2022,xa my bang,Đường hoa\n"
                                                      "2021,Xã Mỹ Bằng,Đèn đường\n"
                                                      "2022,XÃ MỸ BẰNG,chợ đêm\n"_s);
    const Result<ImportLayout> layout = RegistrationPlanner::layoutOf(table);
    ASSERT_TRUE(layout);
    EXPECT_EQ(RegistrationPlanner::yearsIn(table, *layout), (QSet<int>{2021, 2022}));
    const ImportReferenceData data = communeData();
    const std::optional<ImportPlan> plan = RegistrationPlanner(data, *layout, false, {}).plan(table);
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->rows.size(), 1);
    EXPECT_EQ(plan->rows.at(0).task.unitId, 7);
    EXPECT_EQ(plan->rows.at(0).unitName, u"Xã Mỹ Bằng"_s);
    ASSERT_EQ(plan->problems.size(), 2);
    EXPECT_EQ(plan->problems.at(0).row, 3);   // the closed year
    EXPECT_EQ(plan->problems.at(0).column, u"Năm"_s);
    EXPECT_EQ(plan->problems.at(1).row, 4);   // already registered
    EXPECT_EQ(plan->duplicates, 1);
    EXPECT_TRUE(plan->newUnits.isEmpty());
}

// A window's check of a long file reports how far it is and stops when asked.
TEST(RegistrationPlanner, ReportsProgressAndStopsWhenAsked)
{
    const QList<QStringList> table = manyRows(1000);
    const Result<ImportLayout> layout = RegistrationPlanner::layoutOf(table);
    ASSERT_TRUE(layout);
    const ImportReferenceData data = communeData();

    QList<int> reported;
    const std::optional<ImportPlan> whole = RegistrationPlanner(data, *layout, false, {}).plan(table, [&](int done, int total) {
        EXPECT_EQ(total, 1001);
        reported << done;
        return true;
    });
    ASSERT_TRUE(whole);
    EXPECT_EQ(whole->rows.size(), 1000);
    EXPECT_EQ(reported, (QList<int>{256, 512, 768}));

    int calls = 0;
    const std::optional<ImportPlan> stopped =
        RegistrationPlanner(data, *layout, false, {}).plan(table, [&](int, int) { return ++calls < 2; });
    EXPECT_FALSE(stopped);
    EXPECT_EQ(calls, 2);
}

// Was: the import window's messages told the clerk the command line's --map, and the command
// line's the window's list.
TEST(RegistrationPlanner, AnUnknownValuesHintSpeaksToWhoeverReadsIt)
{
    const QList<QStringList> table = CsvReader::parse(u"Năm,Đơn vị,Tên việc,Tính chất\n"
                                                      "2022,Xã Mỹ Bằng,Đường hoa,Trọng điểm\n"_s);
    const Result<ImportLayout> layout = RegistrationPlanner::layoutOf(table);
    ASSERT_TRUE(layout);
    const auto hint = [&](RegistrationPlanner::Reader reader) {
        const std::optional<ImportPlan> plan = RegistrationPlanner(communeData(), *layout, false, {}, reader).plan(table);
        EXPECT_TRUE(plan && plan->problems.size() == 1);
        return plan && !plan->problems.isEmpty() ? plan->problems.constFirst().message : QString();
    };
    const QString inTheWindow = hint(RegistrationPlanner::Reader::Window);
    EXPECT_FALSE(inTheWindow.contains(u"--map"_s)) << inTheWindow.toStdString();
    const QString onTheCommandLine = hint(RegistrationPlanner::Reader::CommandLine);
    EXPECT_TRUE(onTheCommandLine.contains(u"--map \"Tính chất:Trọng điểm=…\""_s)) << onTheCommandLine.toStdString();
    EXPECT_FALSE(onTheCommandLine.contains(u"window"_s)) << onTheCommandLine.toStdString();
}
