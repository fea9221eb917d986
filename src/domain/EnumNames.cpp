#include "EnumNames.h"

namespace dotpha {

QString EnumNames::name(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Agency: return tr("Agency");
    case UnitKind::Commune: return tr("Commune");
    case UnitKind::Ward: return tr("Ward");
    case UnitKind::Township: return tr("Township");
    case UnitKind::SpecialZone: return tr("Special zone");
    case UnitKind::PartyOrganisation: return tr("Party organisation");
    case UnitKind::Other: return tr("Other unit");
    }
    return {};
}

QString EnumNames::name(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Collective: return tr("Collective");
    case TaskKind::Individual: return tr("Individual");
    }
    return {};
}

QString EnumNames::name(TaskNature nature)
{
    switch (nature) {
    case TaskNature::Breakthrough: return tr("Breakthrough");
    case TaskNature::New: return tr("New");
    case TaskNature::Difficult: return tr("Difficult");
    case TaskNature::Shortcoming: return tr("Shortcoming to fix");
    }
    return {};
}

QString EnumNames::name(TaskOrigin origin)
{
    switch (origin) {
    case TaskOrigin::Registered: return tr("Registered");
    case TaskOrigin::Assigned: return tr("Assigned");
    case TaskOrigin::Supplemented: return tr("Supplemented");
    }
    return {};
}

QString EnumNames::name(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Draft: return tr("Draft");
    case TaskStatus::Submitted: return tr("Pending approval");
    case TaskStatus::Approved: return tr("Approved");
    case TaskStatus::Returned: return tr("Returned for revision");
    case TaskStatus::Rejected: return tr("Rejected");
    }
    return {};
}

QString EnumNames::name(Rating rating)
{
    switch (rating) {
    case Rating::Excellent: return tr("Excellently completed");
    case Rating::Good: return tr("Well completed");
    case Rating::Completed: return tr("Completed");
    case Rating::NotCompleted: return tr("Not completed");
    }
    return {};
}

QString EnumNames::name(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Approve: return tr("Approve");
    case DecisionKind::Adjust: return tr("Adjust");
    case DecisionKind::Supplement: return tr("Supplement");
    case DecisionKind::Assign: return tr("Assign");
    case DecisionKind::Return: return tr("Return for revision");
    case DecisionKind::Reject: return tr("Reject");
    case DecisionKind::Rate: return tr("Rate");
    }
    return {};
}

QString EnumNames::name(UserRole role)
{
    switch (role) {
    case UserRole::Clerk: return tr("Clerk");
    case UserRole::Reviewer: return tr("Reviewer");
    case UserRole::Administrator: return tr("Administrator");
    }
    return {};
}

} // namespace dotpha
