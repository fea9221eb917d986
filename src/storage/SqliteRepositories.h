#pragma once

#include "Repositories.h"
#include "SqliteAuditRepository.h"
#include "SqlClosedYearRepository.h"
#include "SqlCommitteeSettingsRepository.h"
#include "SqlDecisionRepository.h"
#include "SqlFieldRepository.h"
#include "SqlFiguresRepository.h"
#include "SqlIndicatorRepository.h"
#include "SqlPersonRepository.h"
#include "SqlProgressNoteRepository.h"
#include "SqlTaskRepository.h"
#include "SqliteTransactionRunner.h"
#include "SqlUnitRepository.h"
#include "SqlUserRepository.h"
#include "SqlWorkItemRepository.h"

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
    SqlUnitRepository m_units;
    SqlPersonRepository m_people;
    SqlFieldRepository m_fields;
    SqlTaskRepository m_tasks;
    SqlDecisionRepository m_decisions;
    SqlProgressNoteRepository m_progressNotes;
    SqlWorkItemRepository m_workItems;
    SqlIndicatorRepository m_indicators;
    SqlUserRepository m_users;
    SqlCommitteeSettingsRepository m_settings;
    SqlFiguresRepository m_figures;
    SqliteAuditRepository m_audit;
    SqlClosedYearRepository m_closedYears;
    SqliteTransactionRunner m_transactions;
    Repositories m_repositories;
};

} // namespace dotpha
