#include "SqlRepositories.h"

namespace dotpha {

SqlRepositories::SqlRepositories(SqlConnection &database, AuditStorage &audit)
    : m_units(database)
    , m_people(database)
    , m_fields(database)
    , m_tasks(database)
    , m_decisions(database)
    , m_progressNotes(database)
    , m_workItems(database)
    , m_indicators(database)
    , m_users(database)
    , m_settings(database)
    , m_committeeKey(database)
    , m_exchangeLog(database)
    , m_exchangePartners(database)
    , m_figures(database)
    , m_audit(audit)
    , m_closedYears(database)
    , m_attachments(database)
    , m_transactions(database)
    , m_repositories{m_units,      m_people, m_fields,   m_tasks,   m_decisions, m_progressNotes,
                     m_workItems,  m_indicators, m_users, m_settings, m_committeeKey, m_exchangeLog, m_exchangePartners, m_figures, m_audit,
                     m_closedYears, m_attachments, m_transactions}
{
}

} // namespace dotpha
