#include "AuditRepository.h"
#include "CommitteeSettingsRepository.h"
#include "ReportDataService.h"
#include "ScoreThresholdsService.h"
#include "ServiceFixture.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

class ScoreThresholdsServiceTest : public ServiceFixture
{
protected:
    void nameTheCommittee()
    {
        CommitteeSettings settings;
        settings.committeeName = u"Huyện ủy Yên Sơn"_s;
        ASSERT_TRUE(workspace->repositories().settings.save(settings).ok());
    }

    ScoreThresholds current() { return *ScoreThresholdsService(workspace->repositories()).current(); }
};

} // namespace

// The thresholds suggest a level at their very edges: a score equal to one is of its level.
TEST(ScoreThresholds, EachThresholdIsTheLowestScoreOfItsLevel)
{
    const ScoreThresholds defaults;
    EXPECT_EQ(defaults.suggested(100), Rating::Excellent);
    EXPECT_EQ(defaults.suggested(90), Rating::Excellent);
    EXPECT_EQ(defaults.suggested(89), Rating::Good);
    EXPECT_EQ(defaults.suggested(70), Rating::Good);
    EXPECT_EQ(defaults.suggested(69), Rating::Completed);
    EXPECT_EQ(defaults.suggested(50), Rating::Completed);
    EXPECT_EQ(defaults.suggested(49), Rating::NotCompleted);
    EXPECT_EQ(defaults.suggested(0), Rating::NotCompleted);
    EXPECT_TRUE(defaults.isValid());
    EXPECT_FALSE((ScoreThresholds{90, 90, 50}.isValid()));
    EXPECT_FALSE((ScoreThresholds{101, 70, 50}.isValid()));
    EXPECT_FALSE((ScoreThresholds{90, 70, 0}.isValid()));
}

// 90 / 70 / 50 until the committee sets its own; an administrator sets them, recorded in the
// change log; a reviewer may not, and thresholds out of order are refused, changing nothing.
TEST_F(ScoreThresholdsServiceTest, AnAdministratorSetsThemAndTheChangeLogRecordsIt)
{
    EXPECT_EQ(current(), ScoreThresholds());
    nameTheCommittee();
    EXPECT_EQ(current(), ScoreThresholds());
    ScoreThresholdsService service(workspace->repositories());
    const qint64 before = *workspace->repositories().audit.lastId();
    const Status set = service.set(administrator, {85, 65, 45});
    ASSERT_TRUE(set.ok()) << set.error().message().toStdString();
    EXPECT_EQ(current(), (ScoreThresholds{85, 65, 45}));
    const QList<AuditEntry> recorded = *workspace->repositories().audit.after(before, 100);
    QStringList fields;
    for (const AuditEntry &entry : recorded)
        fields << entry.field;
    EXPECT_TRUE(fields.contains(u"score_excellent"_s)) << fields.join(u", "_s).toStdString();

    EXPECT_EQ(service.set(reviewer, {80, 60, 40}).error().kind(), Error::Kind::Refused);
    EXPECT_FALSE(service.set(administrator, {60, 70, 50}).ok());
    EXPECT_EQ(current(), (ScoreThresholds{85, 65, 45}));
}

TEST_F(ScoreThresholdsServiceTest, AnUnnamedCommitteeIsToldToNameItFirst)
{
    const Status set = ScoreThresholdsService(workspace->repositories()).set(administrator, {85, 65, 45});
    ASSERT_FALSE(set.ok());
    EXPECT_EQ(set.error().kind(), Error::Kind::Validation);
}

// A sealed year's results are read against the thresholds it was closed under: changing the
// committee's later changes the bands of the years still open, not those of the closed one.
TEST_F(ScoreThresholdsServiceTest, AClosedYearKeepsTheThresholdsItWasClosedUnder)
{
    nameTheCommittee();
    ScoreThresholdsService thresholds(workspace->repositories());
    const ScoreThresholds atClosing{85, 65, 45};
    const ScoreThresholds later{95, 75, 55};
    ASSERT_TRUE(thresholds.set(administrator, atClosing).ok());
    ASSERT_TRUE(closing->close(administrator, 2021).ok());
    ASSERT_TRUE(thresholds.set(administrator, later).ok());

    EXPECT_EQ(*thresholds.forYear(2021), atClosing);
    EXPECT_EQ(*thresholds.forYear(2022), later);
    EXPECT_EQ(ReportDataService(workspace->repositories()).collect(2021)->committee.scoreThresholds, atClosing);
    EXPECT_EQ(ReportDataService(workspace->repositories()).collect(2022)->committee.scoreThresholds, later);
}
