#include "ScoreDistribution.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;

namespace {

Task scored(qint64 unitId, const QString &unitName, std::optional<int> score, TaskKind kind = TaskKind::Collective)
{
    Task task;
    task.kind = kind;
    task.status = TaskStatus::Approved;
    task.unitId = unitId;
    task.unitNameAtRegistration = unitName;
    task.score = score;
    task.title = u"Việc"_s;
    return task;
}

} // namespace

// Each score falls in the band of the level it suggests, a threshold's own score in its level;
// the level the reviewer chose does not move it.
TEST(ScoreDistributionTest, ScoresFallInTheBandsOfTheCommitteesThresholdsAtTheirEdges)
{
    Task chosenOtherwise = scored(1, u"xã Mỹ Bằng"_s, 85);
    chosenOtherwise.rating = Rating::Good;
    const ScoreDistribution scores({chosenOtherwise, scored(1, u"xã Mỹ Bằng"_s, 84), scored(2, u"xã Đạo Viện"_s, 65),
                                    scored(2, u"xã Đạo Viện"_s, 64), scored(3, u"xã Kim Phú"_s, 45),
                                    scored(3, u"xã Kim Phú"_s, 44), scored(3, u"xã Kim Phú"_s, std::nullopt)},
                                   {85, 65, 45});
    EXPECT_EQ(scores.inBandOf(Rating::Excellent), 1);
    EXPECT_EQ(scores.inBandOf(Rating::Good), 2);
    EXPECT_EQ(scores.inBandOf(Rating::Completed), 2);
    EXPECT_EQ(scores.inBandOf(Rating::NotCompleted), 1);
    EXPECT_EQ(scores.scored(), 6);
    EXPECT_EQ(scores.unscored(), 1);
    EXPECT_DOUBLE_EQ(*scores.average(), (85 + 84 + 65 + 64 + 45 + 44) / 6.0);
}

// A unit's score is the average of its collective tasks' scores, best unit first; individual
// tasks and tasks with no score are left out of it.
TEST(ScoreDistributionTest, AUnitsScoreIsTheAverageOfItsCollectiveTasksScores)
{
    const ScoreDistribution scores({scored(1, u"xã Mỹ Bằng"_s, 80), scored(1, u"xã Mỹ Bằng"_s, 91),
                                    scored(1, u"xã Mỹ Bằng"_s, 40, TaskKind::Individual),
                                    scored(2, u"xã Đạo Viện"_s, 95), scored(2, u"xã Đạo Viện"_s, std::nullopt),
                                    scored(3, u"xã Kim Phú"_s, std::nullopt)},
                                   ScoreThresholds());
    ASSERT_EQ(scores.units().size(), 2);
    EXPECT_EQ(scores.units().at(0).unitName, u"xã Đạo Viện"_s);
    EXPECT_DOUBLE_EQ(scores.units().at(0).average, 95);
    EXPECT_EQ(scores.units().at(1).scoredTasks, 2);
    EXPECT_DOUBLE_EQ(scores.units().at(1).average, 85.5);
    EXPECT_FALSE(ScoreDistribution({}, ScoreThresholds()).average().has_value());
}
