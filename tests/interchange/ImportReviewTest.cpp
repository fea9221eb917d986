#include "AuditRepository.h"
#include "DecisionRepository.h"
#include "RegistrationImporter.h"
#include "Services.h"
#include "TaskRepository.h"
#include "TaskService.h"
#include "TemporaryDatabase.h"
#include "TestData.h"
#include "UnitRepository.h"
#include "YearClosingService.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

// Two registrations the file says were decided: one approved, one rejected.
const QString DecidedRows = u"Năm,Đơn vị,Tên việc,Kết quả cần đạt,Thời hạn,Trạng thái\n"
                            "2022,xã Mỹ Bằng,Đô thị loại V,Đạt tiêu chí,31/12/2022,Đã phê duyệt\n"
                            "2022,xã Đạo Viện,Làm đường bê tông,10 km,30/11/2022,Không phê duyệt\n"_s;

const QString SubmittedRows = u"Năm,Đơn vị,Tên việc,Kết quả cần đạt,Thời hạn,Trạng thái\n"
                              "2022,xã Mỹ Bằng,Đô thị loại V,Đạt tiêu chí,31/12/2022,Chờ phê duyệt\n"
                              "2022,xã Đạo Viện,Làm đường bê tông,10 km,30/11/2022,Chờ phê duyệt\n"_s;

} // namespace

// Imports go through the services: nothing they bring skips review, and what the plan checked is
// checked again in the import's own transaction.
class ImportReviewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        workspace = temporary.open();
        ASSERT_TRUE(workspace);
        services = std::make_unique<Services>(workspace->repositories());
    }

    QList<QStringList> table(const QString &csv)
    {
        const QString path = temporary.pathFor(u"dang-ky.csv"_s);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(csv.toUtf8());
        file.close();
        return *RegistrationImporter::readFile(path);
    }

    int taskCount(Workspace &on) { return *on.repositories().tasks.count(TaskQuery{}); }

    static RegistrationImporter::Options recording() { return {true, true, u"dang-ky.csv"_s}; }

    TemporaryDatabase temporary;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<Services> services;
    const User clerk = userWithRole(UserRole::Clerk, u"Văn thư"_s);
    const User administrator = userWithRole(UserRole::Administrator, u"Quản trị"_s);
};

TEST_F(ImportReviewTest, ARowSaidToBeDecidedIsRefusedWithAWayForward)
{
    services->setActor(clerk);
    RegistrationImporter importer(*services);
    const Result<ImportPlan> plan = importer.plan(table(DecidedRows));
    ASSERT_TRUE(plan.ok());
    EXPECT_TRUE(plan->rows.isEmpty());
    ASSERT_EQ(plan->problems.size(), 2);
    for (const ImportPlan::Problem &problem : plan->problems) {
        EXPECT_EQ(problem.column, u"Trạng thái"_s);
        EXPECT_TRUE(problem.message.contains(u"Chờ phê duyệt"_s)) << problem.message.toStdString();
    }
    EXPECT_EQ(taskCount(*workspace), 0);
}

TEST_F(ImportReviewTest, AnAdministratorRecordsTheFilesDecisionsAsDecisions)
{
    services->setActor(administrator);
    RegistrationImporter importer(*services);
    const Result<ImportPlan> plan = importer.plan(table(DecidedRows), {}, -1, true);
    ASSERT_TRUE(plan.ok());
    ASSERT_EQ(plan->rows.size(), 2);
    EXPECT_EQ(plan->decisions, 2);
    const Result<RegistrationImporter::Outcome> outcome = importer.execute(*plan, recording());
    ASSERT_TRUE(outcome.ok()) << outcome.error().message().toStdString();
    EXPECT_EQ(outcome->decisions, 2);

    Repositories &r = workspace->repositories();
    QList<Task> tasks = *r.tasks.list(TaskQuery{});
    ASSERT_EQ(tasks.size(), 2);
    EXPECT_EQ(tasks.at(0).status, TaskStatus::Approved);
    EXPECT_EQ(tasks.at(1).status, TaskStatus::Rejected);
    const QList<Decision> approval = *r.decisions.ofTask(tasks.at(0).id);
    ASSERT_EQ(approval.size(), 1);
    EXPECT_EQ(approval.first().kind, DecisionKind::Approve);
    EXPECT_EQ(approval.first().reviewerName, u"Quản trị"_s);
    EXPECT_TRUE(approval.first().reason.contains(u"dang-ky.csv"_s));
    EXPECT_EQ(r.decisions.ofTask(tasks.at(1).id)->first().kind, DecisionKind::Reject);
    const QList<AuditEntry> history = *r.audit.ofTask(tasks.at(0).id);
    EXPECT_TRUE(std::any_of(history.begin(), history.end(), [](const AuditEntry &entry) {
        return entry.entity == u"decision"_s && entry.action == AuditAction::Insert;
    }));
    EXPECT_TRUE(r.audit.verify()->isEmpty());
}

TEST_F(ImportReviewTest, AClerkCannotRecordTheFilesDecisions)
{
    services->setActor(clerk);
    RegistrationImporter importer(*services);
    const Result<ImportPlan> plan = importer.plan(table(DecidedRows), {}, -1, true);
    ASSERT_TRUE(plan.ok());
    const Result<RegistrationImporter::Outcome> outcome = importer.execute(*plan, recording());
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(outcome.error().kind(), Error::Kind::Refused);
    EXPECT_EQ(taskCount(*workspace), 0);   // the registrations went back with the refused decision
}

TEST_F(ImportReviewTest, TwoImportsOfTheSameFileAtOnceStoreItOnce)
{
    auto second = temporary.open();
    ASSERT_TRUE(second);
    Services otherServices(second->repositories());
    RegistrationImporter first(*services), other(otherServices);
    const Result<ImportPlan> firstPlan = first.plan(table(SubmittedRows));
    const Result<ImportPlan> otherPlan = other.plan(table(SubmittedRows));
    ASSERT_TRUE(firstPlan.ok() && otherPlan.ok());
    ASSERT_EQ(otherPlan->rows.size(), 2);   // planned before the first import stored anything

    const Result<RegistrationImporter::Outcome> stored = first.execute(*firstPlan, {true, false, {}});
    ASSERT_TRUE(stored.ok()) << stored.error().message().toStdString();
    EXPECT_EQ(stored->imported, 2);
    const Result<RegistrationImporter::Outcome> again = other.execute(*otherPlan, {true, false, {}});
    ASSERT_TRUE(again.ok()) << again.error().message().toStdString();
    EXPECT_EQ(again->imported, 0);
    EXPECT_EQ(again->duplicates, 2);
    EXPECT_EQ(taskCount(*workspace), 2);
}

TEST_F(ImportReviewTest, AYearClosedAfterTheImportWasPlannedRefusesIt)
{
    RegistrationImporter importer(*services);
    const Result<ImportPlan> plan = importer.plan(table(SubmittedRows));
    ASSERT_TRUE(plan.ok());
    ASSERT_EQ(plan->rows.size(), 2);

    auto second = temporary.open();
    ASSERT_TRUE(second);
    Services otherServices(second->repositories());
    ASSERT_TRUE(otherServices.yearClosing().close(administrator, 2022).ok());

    const Result<RegistrationImporter::Outcome> outcome = importer.execute(*plan, {true, false, {}});
    ASSERT_FALSE(outcome.ok());
    EXPECT_TRUE(outcome.error().message().contains(u"2022"_s)) << outcome.error().message().toStdString();
    EXPECT_EQ(taskCount(*workspace), 0);
    EXPECT_TRUE(workspace->repositories().units.all()->isEmpty());   // nor the units it would have created
}
