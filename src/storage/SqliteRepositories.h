#pragma once

#include "Repositories.h"
#include "SqliteAuditRepository.h"
#include "SqliteClosedYearRepository.h"
#include "SqliteCommitteeSettingsRepository.h"
#include "SqliteDecisionRepository.h"
#include "SqliteFieldRepository.h"
#include "SqliteFiguresRepository.h"
#include "SqliteIndicatorRepository.h"
#include "SqlitePersonRepository.h"
#include "SqliteProgressNoteRepository.h"
#include "SqliteTaskRepository.h"
#include "SqliteTransactionRunner.h"
#include "SqliteUnitRepository.h"
#include "SqliteUserRepository.h"
#include "SqliteWorkItemRepository.h"

namespace dotpha {

// The SQLite implementation of every repository over one Database, handed to services as the
// interfaces in Repositories.
class SqliteRepositories
{
public:
    explicit SqliteRepositories(Database &database);
    SqliteRepositories(const SqliteRepositories &) = delete;
    SqliteRepositories &operator=(const SqliteRepositories &) = delete;

    Repositories &repositories() { return m_repositories; }

private:
    SqliteUnitRepository m_units;
    SqlitePersonRepository m_people;
    SqliteFieldRepository m_fields;
    SqliteTaskRepository m_tasks;
    SqliteDecisionRepository m_decisions;
    SqliteProgressNoteRepository m_progressNotes;
    SqliteWorkItemRepository m_workItems;
    SqliteIndicatorRepository m_indicators;
    SqliteUserRepository m_users;
    SqliteCommitteeSettingsRepository m_settings;
    SqliteFiguresRepository m_figures;
    SqliteAuditRepository m_audit;
    SqliteClosedYearRepository m_closedYears;
    SqliteTransactionRunner m_transactions;
    Repositories m_repositories;
};

} // namespace dotpha
