#include "DecisionReceiver.h"

#include "AuditRepository.h"
#include "ClosedYearRepository.h"
#include "ExchangeLogRepository.h"
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
    if (const Status superior = checkSuperior(package.manifest(), plan.partner); !superior)
        return superior.error();
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

// Decisions come down only from the committee this one sends its registrations to: not from a
// subordinate, whose registrations this one keeps, nor from a committee never sent any.
Status DecisionReceiver::checkSuperior(const PackageManifest &manifest, const ExchangePartner &partner)
{
    const Result<qint64> next =
        m_services.repositories().exchangeLog.nextSequence(manifest.senderCommittee, SentPackage::Kind::Registrations);
    if (!next)
        return next.error();
    if (partner.unitId || *next == 1)
        return Error(Error::Kind::Refused, tr("%1 sends decisions, but this committee has sent it no registrations: "
                                              "decisions are taken only from the committee the registrations went to. "
                                              "Nothing was written.")
                                               .arg(manifest.senderCommittee));
    return {};
}

Result<QString> DecisionReceiver::whyNot(const DecisionRecords::Record &decision, const Task &task)
{
    if (task.isSample || task.year != decision.after.year)
        return tr("not a registration of %1 sent from here").arg(decision.after.year);
    const Result<bool> received = m_services.repositories().exchangePartners.isLinkedHere(
        ExchangePartnerRepository::Entity::Task, task.id);
    if (!received)
        return received.error();
    if (*received)
        return tr("a registration this committee received, not one it sent");
    const Result<bool> closed = m_services.repositories().closedYears.isClosed(task.year);
    if (!closed)
        return closed.error();
    if (*closed)
        return tr("%1 is closed here").arg(task.year);
    if (!decidesFrom(decision.kind, task.status))
        return tr("the task is %1 here").arg(EnumNames::name(task.status));
    const bool reasonRequired = decision.kind == DecisionKind::Return || decision.kind == DecisionKind::Reject
                                || decision.kind == DecisionKind::Adjust;
    if (reasonRequired && decision.reason.trimmed().isEmpty())
        return tr("it gives no reason");
    if (decision.kind == DecisionKind::Rate && !decision.after.rating)
        return tr("it rates without a level");
    if (decision.after.endYear && *decision.after.endYear < task.year)
        return tr("its last year is before its first");
    return QString();
}

// Which decisions are new here, and which the task here allows, following the state and wording
// each decision before it leaves.
Status DecisionReceiver::plan(Plan &plan, ExchangeReport &report)
{
    plan.toTake.clear();
    plan.toLinkOnly.clear();
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
        taken.insert(decision.id, {});
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
        const bool onARegistration = decision.kind == DecisionKind::Approve || decision.kind == DecisionKind::Return
                                     || decision.kind == DecisionKind::Reject;
        if (decision.kind == DecisionKind::Approve && task.status == TaskStatus::Approved
            && task.hasWordingOf(decision.after)) {
            plan.toLinkOnly.append(&decision);   // approved here too
            ++report.unchanged;
            continue;
        }
        // The superior decided the wording it was sent: one changed here since is not what it decided.
        if (onARegistration && task.status == TaskStatus::Submitted && !task.hasWordingOf(decision.after)) {
            plan.toLinkOnly.append(&decision);
            report.conflicts << tr("%1: made on a wording since changed here, not taken").arg(described(decision, task.title));
            continue;
        }
        const Result<QString> why = whyNot(decision, task);
        if (!why)
            return why.error();
        if (!why->isEmpty()) {
            report.conflicts << tr("%1: not taken, %2").arg(described(decision, task.title), *why);
            continue;
        }
        task.status = leaves(decision.kind, task.status);
        if (decision.kind == DecisionKind::Adjust)
            task.takeWordingOf(decision.after);
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
        Result<ExchangePartner> partner = SenderTrust(repositories).recheck(package, options, plan.partner, checked);
        if (!partner)
            return partner.error();
        plan.partner = *partner;
        if (const Status superior = checkSuperior(manifest, plan.partner); !superior)
            return superior;
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
    for (const DecisionRecords::Record *decision : std::as_const(plan.toLinkOnly)) {
        if (const Status linked = partners.link(plan.partner.id, Entity::Decision, decision->id, {decision->taskId, 0});
            !linked)
            return linked;
    }
    return {};
}

} // namespace dotpha
