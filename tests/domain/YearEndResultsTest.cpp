#include "YearEndResults.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;

namespace {

Task taskOf(TaskStatus status, UnitKind unitKind, int progress, std::optional<Rating> rating = std::nullopt)
{
    Task task;
    task.kind = TaskKind::Collective;
    task.status = status;
    task.unitKindAtRegistration = unitKind;
    task.progressPercent = progress;
    task.rating = rating;
    task.title = u"Việc %1"_s.arg(progress);
    return task;
}

} // namespace

// Only what the Standing Committee approved is a result: a registration in draft, pending, returned
// or rejected is listed apart and counted in no total, rating or average progress.
TEST(YearEndResultsTest, OnlyApprovedTasksAreResults)
{
    const YearEndResults results({taskOf(TaskStatus::Approved, UnitKind::Commune, 80, Rating::Good),
                                  taskOf(TaskStatus::Submitted, UnitKind::Commune, 0),
                                  taskOf(TaskStatus::Approved, UnitKind::Commune, 40),
                                  taskOf(TaskStatus::Returned, UnitKind::Agency, 10),
                                  taskOf(TaskStatus::Draft, UnitKind::Agency, 0),
                                  taskOf(TaskStatus::Rejected, UnitKind::Commune, 0, Rating::NotCompleted)});
    ASSERT_EQ(results.approved().size(), 2);
    EXPECT_EQ(results.approved().at(0).progressPercent, 80);   // in the order given
    EXPECT_EQ(results.approved().at(1).progressPercent, 40);
    ASSERT_EQ(results.notApproved().size(), 4);
    EXPECT_EQ(results.notApproved().at(0).status, TaskStatus::Submitted);
    EXPECT_EQ(results.approvedOf(TaskKind::Collective), 2);
    EXPECT_EQ(results.approvedOf(TaskKind::Individual), 0);
    EXPECT_EQ(results.ratedAs(Rating::Good), 1);
    EXPECT_EQ(results.ratedAs(Rating::NotCompleted), 0);
    EXPECT_EQ(results.unrated(), 1);
    const QMap<UnitKind, double> progress = results.averageProgressByUnitKind();
    EXPECT_EQ(progress.value(UnitKind::Commune), 60.0);
    EXPECT_FALSE(progress.contains(UnitKind::Agency));
}
