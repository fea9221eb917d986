#include "Services.h"

#include "AccountService.h"
#include "ProgressService.h"
#include "ReferenceDataService.h"
#include "ReviewService.h"
#include "TaskService.h"
#include "YearClosingService.h"

namespace dotpha {

Services::Services(Repositories &repositories)
    : m_repositories(repositories)
    , m_tasks(std::make_unique<TaskService>(repositories))
    , m_review(std::make_unique<ReviewService>(repositories, *m_tasks))
    , m_progress(std::make_unique<ProgressService>(repositories, *m_tasks))
    , m_yearClosing(std::make_unique<YearClosingService>(repositories, *m_tasks))
    , m_accounts(std::make_unique<AccountService>(repositories))
    , m_referenceData(std::make_unique<ReferenceDataService>(repositories))
{
}

Services::~Services() = default;

void Services::setActor(const User &actor)
{
    m_tasks->setActor(actor);
    m_referenceData->setActor(actor);
}

} // namespace dotpha
