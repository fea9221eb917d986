#pragma once

#include "DecisionRepository.h"
#include "ProgressService.h"
#include "ReviewService.h"
#include "TaskService.h"
#include "TemporaryDatabase.h"
#include "TestData.h"
#include "YearClosingService.h"

#include <gtest/gtest.h>

namespace dotpha::test {

// A database with one commune and one ready draft task of 2021, and the services over it.
class ServiceFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        workspace = temporary.open();
        ASSERT_TRUE(workspace);
        tasks = std::make_unique<TaskService>(workspace->repositories());
        review = std::make_unique<ReviewService>(workspace->repositories(), *tasks);
        progress = std::make_unique<ProgressService>(workspace->repositories(), *tasks);
        closing = std::make_unique<YearClosingService>(workspace->repositories(), *tasks);
        TestData data(workspace->repositories());
        unit = data.addUnit(QStringLiteral("xã Mỹ Bằng"));
        Task ready = TestData::collectiveTask(unit, QStringLiteral("Đô thị loại V"));
        ready.expectedResult = QStringLiteral("Đạt tiêu chí");
        task = data.addTask(ready);
    }

    // Submits and approves task; fails the test when either step fails.
    void approveTask()
    {
        ASSERT_TRUE(review->submit(clerk, task.id).ok());
        ASSERT_TRUE(review->approve(reviewer, task.id, decided).ok());
    }

    Task reread(qint64 id) { return *tasks->find(id); }

    const User clerk = userWithRole(UserRole::Clerk, QStringLiteral("Văn thư"));
    const User reviewer = userWithRole(UserRole::Reviewer, QStringLiteral("Ban Thường vụ"));
    const User administrator = userWithRole(UserRole::Administrator, QStringLiteral("Quản trị"));
    const ReviewService::Details decided{QDate(2021, 3, 31), QStringLiteral("Số 15-QĐ/HU"), QStringLiteral("Sát thực tiễn")};

    TemporaryDatabase temporary;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<TaskService> tasks;
    std::unique_ptr<ReviewService> review;
    std::unique_ptr<ProgressService> progress;
    std::unique_ptr<YearClosingService> closing;
    Unit unit;
    Task task;
};

} // namespace dotpha::test
