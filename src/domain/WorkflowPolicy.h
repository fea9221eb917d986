#pragma once

#include "UserRole.h"

#include <QCoreApplication>

namespace dotpha {

// What each role may do. Clerks enter and submit registrations, log progress and keep the units,
// people and fields; reviewers decide (approve, return, reject, adjust, supplement, assign,
// rate); administrators manage users, settings, the closing of a year and the late amendments
// to a closed one, and may record the decisions a spreadsheet reports when importing it. The interface hides what a role may not do, and the services
// refuse it too, through allows().
class WorkflowPolicy
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowPolicy)

public:
    enum class Action { Register, Submit, LogProgress, ManageReferenceData, Approve, Return, Reject, Adjust,
                        Supplement, Assign, Rate, ManageUsers, CloseYear, AmendLate, RecordImportedDecisions,
                        SetScoreThresholds, SetAttachmentLimit, ExchangePackages };

    static bool allows(UserRole role, Action action);
    // "Your role (Clerk) may not approve registrations.", in the user's language.
    static QString refusal(UserRole role, Action action);
};

} // namespace dotpha
