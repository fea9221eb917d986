#include "WorkflowPolicy.h"

#include "EnumNames.h"

namespace dotpha {

bool WorkflowPolicy::allows(UserRole role, Action action)
{
    switch (action) {
    case Action::Register:
    case Action::Submit:
    case Action::LogProgress:
    case Action::ManageReferenceData:
        return role == UserRole::Clerk || role == UserRole::Administrator;
    case Action::Approve:
    case Action::Return:
    case Action::Reject:
    case Action::Adjust:
    case Action::Supplement:
    case Action::Assign:
    case Action::Rate:
        return role == UserRole::Reviewer;
    case Action::ManageUsers:
    case Action::CloseYear:
    case Action::AmendLate:
    case Action::RecordImportedDecisions:
    case Action::SetScoreThresholds:
    case Action::SetAttachmentLimit:
    case Action::ExchangePackages:
        return role == UserRole::Administrator;
    }
    return false;
}

QString WorkflowPolicy::refusal(UserRole role, Action action)
{
    QString what;
    switch (action) {
    case Action::Register: what = tr("register tasks"); break;
    case Action::Submit: what = tr("submit registrations"); break;
    case Action::LogProgress: what = tr("log progress"); break;
    case Action::ManageReferenceData: what = tr("change units, people and fields"); break;
    case Action::Approve: what = tr("approve registrations"); break;
    case Action::Return: what = tr("return registrations"); break;
    case Action::Reject: what = tr("reject registrations"); break;
    case Action::Adjust: what = tr("adjust approved tasks"); break;
    case Action::Supplement: what = tr("supplement tasks"); break;
    case Action::Assign: what = tr("assign tasks"); break;
    case Action::Rate: what = tr("rate tasks"); break;
    case Action::ManageUsers: what = tr("manage users"); break;
    case Action::CloseYear: what = tr("close a year"); break;
    case Action::AmendLate: what = tr("amend a closed year"); break;
    case Action::RecordImportedDecisions: what = tr("record the decisions of an imported file"); break;
    case Action::SetScoreThresholds: what = tr("set the score thresholds"); break;
    case Action::SetAttachmentLimit: what = tr("set the largest file one may attach"); break;
    case Action::ExchangePackages: what = tr("send or receive packages between committees"); break;
    }
    return tr("Your role (%1) may not %2.").arg(EnumNames::name(role), what);
}

} // namespace dotpha
