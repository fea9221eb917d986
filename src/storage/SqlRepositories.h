#pragma once

#include "Repositories.h"
#include "SqlAttachmentRepository.h"
#include "SqlAuditRepository.h"
#include "SqlClosedYearRepository.h"
#include "SqlCommitteeKeyRepository.h"
#include "SqlCommitteeSettingsRepository.h"
#include "SqlDecisionRepository.h"
#include "SqlExchangeLogRepository.h"
#include "SqlExchangePartnerRepository.h"
#include "SqlFieldRepository.h"
#include "SqlFiguresRepository.h"
#include "SqlIndicatorRepository.h"
#include "SqlPersonRepository.h"
#include "SqlProgressNoteRepository.h"
#include "SqlTaskRepository.h"
#include "SqlTransactionRunner.h"
#include "SqlUnitRepository.h"
#include "SqlUserRepository.h"
#include "SqlWorkItemRepository.h"

namespace dotpha {

// Every repository over one database, a file or the server, handed to services as the interfaces
// in Repositories; the trail's backend-specific part is audit.
class SqlRepositories
{
public:
    SqlRepositories(SqlConnection &database, AuditStorage &audit);
    SqlRepositories(const SqlRepositories &) = delete;
    SqlRepositories &operator=(const SqlRepositories &) = delete;

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
    SqlCommitteeKeyRepository m_committeeKey;
    SqlExchangeLogRepository m_exchangeLog;
    SqlExchangePartnerRepository m_exchangePartners;
    SqlFiguresRepository m_figures;
    SqlAuditRepository m_audit;
    SqlClosedYearRepository m_closedYears;
    SqlAttachmentRepository m_attachments;
    SqlTransactionRunner m_transactions;
    Repositories m_repositories;
};

} // namespace dotpha
