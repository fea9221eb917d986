#pragma once

#include "Repositories.h"
#include "User.h"

#include <memory>

namespace dotpha {

class AccountService;
class ProgressService;
class ReferenceDataService;
class ReviewService;
class TaskService;
class YearClosingService;

// The services over one database, wired together once: the window, the command line and the
// tests all change data through these. signIn() tells every service that keeps an actor who
// acts from now on.
class Services
{
public:
    explicit Services(Repositories &repositories);
    ~Services();
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    void setActor(const User &actor);

    Repositories &repositories() { return m_repositories; }
    TaskService &tasks() { return *m_tasks; }
    ReviewService &review() { return *m_review; }
    ProgressService &progress() { return *m_progress; }
    YearClosingService &yearClosing() { return *m_yearClosing; }
    AccountService &accounts() { return *m_accounts; }
    ReferenceDataService &referenceData() { return *m_referenceData; }

private:
    Repositories &m_repositories;
    std::unique_ptr<TaskService> m_tasks;
    std::unique_ptr<ReviewService> m_review;
    std::unique_ptr<ProgressService> m_progress;
    std::unique_ptr<YearClosingService> m_yearClosing;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<ReferenceDataService> m_referenceData;
};

} // namespace dotpha
