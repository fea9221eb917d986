#pragma once

namespace dotpha {

class AttachmentRepository;
class AuditRepository;
class ClosedYearRepository;
class CommitteeKeyRepository;
class ExchangeLogRepository;
class ExchangePartnerRepository;
class CommitteeSettingsRepository;
class DecisionRepository;
class FieldRepository;
class FiguresRepository;
class IndicatorRepository;
class PersonRepository;
class ProgressNoteRepository;
class TaskRepository;
class TransactionRunner;
class UnitRepository;
class UserRepository;
class WorkItemRepository;

// The repositories of one database, as services see them: interfaces only.
struct Repositories
{
    UnitRepository &units;
    PersonRepository &people;
    FieldRepository &fields;
    TaskRepository &tasks;
    DecisionRepository &decisions;
    ProgressNoteRepository &progressNotes;
    WorkItemRepository &workItems;
    IndicatorRepository &indicators;
    UserRepository &users;
    CommitteeSettingsRepository &settings;
    CommitteeKeyRepository &committeeKey;
    ExchangeLogRepository &exchangeLog;
    ExchangePartnerRepository &exchangePartners;
    FiguresRepository &figures;
    AuditRepository &audit;
    ClosedYearRepository &closedYears;
    AttachmentRepository &attachments;
    TransactionRunner &transactions;
};

} // namespace dotpha
