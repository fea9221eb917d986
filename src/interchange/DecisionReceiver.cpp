#include "DecisionReceiver.h"

#include "AuditRepository.h"
#include "EnumNames.h"
#include "ExchangePartnerRepository.h"
#include "ReviewService.h"
#include "Services.h"
#include "TaskService.h"
#include "TransactionRunner.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

using Entity = ExchangePartnerRepository::Entity;

// The state a decision of kind is taken from here, and the one it leaves.
bool decidesFrom(DecisionKind kind, TaskStatus status)
{
    switch (kind) {
    case DecisionKind::Approve:
    case DecisionKind::Return:
    case DecisionKind::Reject: return status == TaskStatus::Submitted;
    case DecisionKind::Adjust:
    case DecisionKind::Rate: return status == TaskStatus::Approved;
    default: return false;
    }
}

TaskStatus leaves(DecisionKind kind, TaskStatus status)
{
    switch (kind) {
    case DecisionKind::Approve: return TaskStatus::Approved;
    case DecisionKind::Return: return TaskStatus::Returned;
    case DecisionKind::Reject: return TaskStatus::Rejected;
    default: return status;
    }
}

QString described(const DecisionRecords::Record &decision, const QString &title)
{
    return DecisionReceiver::tr("“%1”: %2, %3, %4")
        .arg(title, EnumNames::name(decision.kind), decision.number, decision.decidedOn.toString(u"dd/MM/yyyy"_s));
}

} // namespace

Result<ExchangeReport> DecisionReceiver::receive(const User &actor, PackageReader &package,
                                                 const SenderTrust::Options &options, bool dryRun)
{
    ExchangeReport report;
    report.ofDecisions = true;
    Plan plan;
    Result<ExchangePartner> partner = SenderTrust(m_services.repositories()).check(package, options, report);
    if (!partner)
        return partner.error();
    if (report.alreadyReceived)
        return report;
    plan.partner = *partner;
    if (const Status proved = package.verifyParts(); !proved)
        return proved.error();
    const Result<QByteArray> json = package.readPart(u"records.json"_s, 256 * 1024 * 1024);
    if (!json)
        return json.error();
    Result<DecisionRecords> records = DecisionRecords::fromJson(*json);
    if (!records || records->year != package.manifest().year)
        return Error(Error::Kind::Refused,
                     tr("The package %1 cannot be received: %2. Nothing was written.")
                         .arg(QFileInfo(package.path()).fileName(),
                              records ? tr("its records are not of the manifest's year") : records.error().message()));
    plan.records = std::move(records).value();
    if (dryRun) {
        if (const Status planned = this->plan(plan, report); !planned)
            return planned.error();
        return report;
    }
    if (const Status written = write(actor, package, options, plan, report); !written)
        return written.error();
    report.written = true;
    return report;
}

// Which decisions are new here, and which the task's state here allows, following the state each
// decision before it leaves.
Status DecisionReceiver::plan(Plan &plan, ExchangeReport &report)
{
    plan.toTake.clear();
    QHash<qint64, ExchangePartnerRepository::Link> taken;
    if (plan.partner.id > 0) {
        const Result<QHash<qint64, ExchangePartnerRepository::Link>> links =
            m_services.repositories().exchangePartners.links(plan.partner.id, Entity::Decision);
        if (!links)
            return links.error();
        taken = *links;
    }
    QHash<qint64, Task> tasks;
    for (const DecisionRecords::Record &decision : std::as_const(plan.records.decisions)) {
        if (taken.contains(decision.id)) {
            ++report.unchanged;
            continue;
        }
        if (!tasks.contains(decision.taskId)) {
            const Result<Task> task = m_services.tasks().find(decision.taskId);
            if (!task && task.error().kind() != Error::Kind::NotFound)
                return task.error();
            if (!task) {
                report.conflicts << tr("a decision on task #%1, which is not here (removed?): not taken").arg(decision.taskId);
                continue;
            }
            tasks.insert(decision.taskId, *task);
        }
        Task &task = tasks[decision.taskId];
        if (!decidesFrom(decision.kind, task.status)) {
            report.conflicts << tr("%1: not taken, the task is %2 here")
                                    .arg(described(decision, task.title), EnumNames::name(task.status));
            continue;
        }
        task.status = leaves(decision.kind, task.status);
        plan.toTake.append(&decision);
        report.added << described(decision, task.title);
    }
    return {};
}

Status DecisionReceiver::write(const User &actor, PackageReader &package, const SenderTrust::Options &options,
                               Plan &plan, ExchangeReport &report)
{
    Repositories &repositories = m_services.repositories();
    const PackageManifest &manifest = package.manifest();
    const Status done = repositories.transactions.inTransaction([&]() -> Status {
        ExchangeReport checked;
        checked.ofDecisions = true;
        Result<ExchangePartner> partner = SenderTrust(repositories).check(package, options, checked);
        if (!partner)
            return partner.error();
        if (checked.alreadyReceived || (plan.partner.id == 0 && partner->id > 0))
            return Error(Error::Kind::Conflict, tr("This package, or another from %1, was received meanwhile, on "
                                                   "another PC. Receive it again to see what it still brings.")
                                                    .arg(manifest.senderCommittee));
        plan.partner = *partner;
        if (const Status planned = this->plan(plan, checked); !planned)
            return planned;
        if (const Status noted = repositories.audit.setNote(tr("Decisions of %1, package %2 (key %3)")
                                                                 .arg(manifest.senderCommittee,
                                                                      QString::number(manifest.sequence),
                                                                      checked.fingerprint));
            !noted)
            return noted;
        if (const Status taken = take(actor, plan); !taken)
            return taken;
        const Result<qint64> recorded = repositories.exchangePartners.recordReceived(
            plan.partner.id, SentPackage::Kind::Decisions, manifest.year, {manifest.sequence, package.manifestSha256()},
            actor.id > 0 ? std::optional<qint64>(actor.id) : std::nullopt);
        if (!recorded)
            return recorded.error();
        report = checked;
        return repositories.audit.setNote(QString());
    });
    if (!done)
        static_cast<void>(repositories.audit.setNote(QString()));
    return done;
}

Status DecisionReceiver::take(const User &actor, Plan &plan)
{
    ExchangePartnerRepository &partners = m_services.repositories().exchangePartners;
    if (plan.partner.id == 0) {
        plan.partner.acceptedBy = actor.id > 0 ? std::optional<qint64>(actor.id) : std::nullopt;
        const Result<qint64> added = partners.add(plan.partner);
        if (!added)
            return added.error();
        plan.partner.id = *added;
    }
    for (const DecisionRecords::Record *decision : std::as_const(plan.toTake)) {
        const ReviewService::SuperiorDecision superior{
            decision->kind, {decision->decidedOn, decision->number, decision->reason}, decision->reviewerName,
            decision->after};
        const Result<int> taken = m_services.review().recordSuperiorDecision(actor, decision->taskId, superior);
        if (!taken)
            return taken.error();
        if (const Status linked = partners.link(plan.partner.id, Entity::Decision, decision->id, {decision->taskId, 0});
            !linked)
            return linked;
    }
    return {};
}

} // namespace dotpha
