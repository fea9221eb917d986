#include "ExchangeReceiver.h"

#include "AuditRepository.h"
#include "DecisionReceiver.h"
#include "EnumNames.h"
#include "FieldRepository.h"
#include "ProgressService.h"
#include "ReferenceDataService.h"
#include "ReviewService.h"
#include "Services.h"
#include "TaskService.h"
#include "TextFolding.h"
#include "TransactionRunner.h"
#include "WorkflowPolicy.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

using Entity = ExchangePartnerRepository::Entity;
using Link = ExchangePartnerRepository::Link;

constexpr qint64 LargestRecords = 256 * 1024 * 1024;

QString named(const Task &task)
{
    return ExchangeReceiver::tr("“%1” (the sender's #%2)").arg(task.title, QString::number(task.id));
}

// The kind of unit a committee's name says it is, by its words: "Đảng ủy xã …" a commune,
// "Đảng ủy phường …" a ward, "… đặc khu …" a special zone.
UnitKind kindOfCommittee(const QString &committee)
{
    const QString words = u" "_s + TextFolding::fold(committee).simplified() + u" "_s;
    if (words.contains(u" dac khu "_s))
        return UnitKind::SpecialZone;
    if (words.contains(u" phuong "_s))
        return UnitKind::Ward;
    if (words.contains(u" thi tran "_s))
        return UnitKind::Township;
    if (words.contains(u" xa "_s))
        return UnitKind::Commune;
    return UnitKind::Other;
}

bool isUndecided(TaskStatus status)
{
    return status == TaskStatus::Draft || status == TaskStatus::Submitted || status == TaskStatus::Returned;
}

} // namespace

struct ExchangeReceiver::Plan
{
    std::unique_ptr<PackageReader> package;
    RegistrationRecords records;
    ExchangePartner partner;   // id 0 until registered
    QHash<qint64, Link> taskLinks;
    QHash<qint64, Link> personLinks;
    QList<const RegistrationRecords::TaskRecord *> toAdd;
    QList<std::pair<const RegistrationRecords::TaskRecord *, Task>> toChange;   // with the task as stored here
    QList<Task> toWithdraw;
};

ExchangeReceiver::ExchangeReceiver(Services &services) : m_services(services) {}

ExchangeReceiver::~ExchangeReceiver() = default;

Result<ExchangeReport> ExchangeReceiver::receive(const User &actor, const QString &path, const Options &options)
{
    if (!WorkflowPolicy::allows(actor.role, WorkflowPolicy::Action::ExchangePackages))
        return Error(Error::Kind::Refused, WorkflowPolicy::refusal(actor.role, WorkflowPolicy::Action::ExchangePackages));
    Plan plan;
    Result<std::unique_ptr<PackageReader>> opened = PackageReader::open(path);
    if (!opened)
        return opened.error();
    plan.package = std::move(opened).value();
    if (plan.package->manifest().kind == PackageManifest::Kind::Decisions)
        return DecisionReceiver(m_services).receive(actor, *plan.package, options.trust, options.dryRun);
    ExchangeReport report;
    Result<ExchangePartner> partner = SenderTrust(m_services.repositories()).check(*plan.package, options.trust, report);
    if (!partner)
        return partner.error();
    if (report.alreadyReceived)
        return report;
    plan.partner = *partner;
    if (const Status proved = plan.package->verifyParts(); !proved)
        return proved.error();
    Result<RegistrationRecords> records = readRecords(*plan.package);
    if (!records)
        return records.error();
    plan.records = std::move(records).value();
    if (options.dryRun) {
        if (const Status planned = planMerge(plan, report); !planned)
            return planned.error();
        return report;
    }
    if (const Status written = write(actor, plan, options, report); !written)
        return written.error();
    report.written = true;
    return report;
}

Result<RegistrationRecords> ExchangeReceiver::readRecords(PackageReader &package)
{
    const auto refused = [&](const QString &what) {
        return Error(Error::Kind::Refused, tr("The package %1 cannot be received: %2. Nothing was written.")
                                               .arg(QFileInfo(package.path()).fileName(), what));
    };
    Result<QByteArray> json = package.readPart(u"records.json"_s, LargestRecords);
    if (!json)
        return json.error();
    Result<RegistrationRecords> records = RegistrationRecords::fromJson(*json);
    if (!records)
        return refused(records.error().message());
    if (const QString problem = records->inconsistency(package.manifest().year); !problem.isEmpty())
        return refused(problem);
    return records;
}

// What the package brings, against what the earlier ones from the sender left here.
Status ExchangeReceiver::planMerge(Plan &plan, ExchangeReport &report)
{
    ExchangePartnerRepository &partners = m_services.repositories().exchangePartners;
    plan.taskLinks.clear();
    plan.personLinks.clear();
    if (plan.partner.id > 0) {
        Result<QHash<qint64, Link>> tasks = partners.links(plan.partner.id, Entity::Task);
        if (!tasks)
            return tasks.error();
        Result<QHash<qint64, Link>> people = partners.links(plan.partner.id, Entity::Person);
        if (!people)
            return people.error();
        plan.taskLinks = *tasks;
        plan.personLinks = *people;
    }
    QSet<qint64> sent;
    for (const RegistrationRecords::TaskRecord &record : std::as_const(plan.records.tasks)) {
        sent.insert(record.task.id);
        if (const Status planned = planTask(plan, record, report); !planned)
            return planned;
    }
    return planWithdrawals(plan, sent, report);
}

Status ExchangeReceiver::planTask(Plan &plan, const RegistrationRecords::TaskRecord &record, ExchangeReport &report)
{
    report.notTaken += int(record.indicators.size() + record.progressNotes.size() + record.files.size());
    const auto link = plan.taskLinks.constFind(record.task.id);
    if (link == plan.taskLinks.cend()) {
        plan.toAdd.append(&record);
        report.added << named(record.task);
        report.workItems += int(record.workItems.size());
        return {};
    }
    if (link->remoteVersion == record.task.version) {
        ++report.unchanged;
        return {};
    }
    const Result<Task> local = m_services.tasks().find(link->localId);
    if (!local && local.error().kind() == Error::Kind::NotFound) {
        report.conflicts << tr("%1 changed by the sender, removed here: left removed").arg(named(record.task));
        return {};
    }
    if (!local)
        return local.error();
    if (isUndecided(local->status)) {
        plan.toChange.append({&record, *local});
        report.changed << named(record.task);
    } else {
        report.conflicts << tr("%1 changed by the sender, decided here (%2): left as decided")
                                .arg(named(record.task), EnumNames::name(local->status));
    }
    return {};
}

// The sender's registrations of the package's year that it no longer sends.
Status ExchangeReceiver::planWithdrawals(Plan &plan, const QSet<qint64> &sent, ExchangeReport &report)
{
    for (auto link = plan.taskLinks.cbegin(); link != plan.taskLinks.cend(); ++link) {
        if (sent.contains(link.key()))
            continue;
        const Result<Task> local = m_services.tasks().find(link->localId);
        if (!local && local.error().kind() == Error::Kind::NotFound)
            continue;   // removed here already
        if (!local)
            return local.error();
        if (local->year != plan.records.year)
            continue;
        Task remote = *local;
        remote.id = link.key();
        if (isUndecided(local->status)) {
            plan.toWithdraw.append(*local);
            report.withdrawn << named(remote);
        } else {
            report.conflicts << tr("%1 no longer sent by the sender, decided here (%2): kept")
                                    .arg(named(remote), EnumNames::name(local->status));
        }
    }
    return {};
}

// The trust and the plan are decided again inside the transaction that writes: another
// administrator may have received a package from the sender, or a reviewer decided a task, since
// the report was made.
Status ExchangeReceiver::write(const User &actor, Plan &plan, const Options &options, ExchangeReport &report)
{
    Repositories &repositories = m_services.repositories();
    const PackageManifest &manifest = plan.package->manifest();
    const Status done = repositories.transactions.inTransaction([&]() -> Status {
        ExchangeReport checked;
        Result<ExchangePartner> partner =
            SenderTrust(repositories).recheck(*plan.package, options.trust, plan.partner, checked);
        if (!partner)
            return partner.error();
        plan.partner = *partner;
        plan.toAdd.clear();
        plan.toChange.clear();
        plan.toWithdraw.clear();
        checked.notTaken = 0;
        if (const Status planned = planMerge(plan, checked); !planned)
            return planned;
        if (const Status noted = repositories.audit.setNote(tr("Package %1 from %2 (key %3)")
                                                                 .arg(QString::number(manifest.sequence),
                                                                      manifest.senderCommittee, checked.fingerprint));
            !noted)
            return noted;
        if (const Status applied = apply(actor, plan); !applied)
            return applied;
        report = checked;
        return repositories.audit.setNote(QString());
    });
    if (!done)
        static_cast<void>(repositories.audit.setNote(QString()));
    return done;
}

Status ExchangeReceiver::apply(const User &actor, Plan &plan)
{
    const Result<qint64> unit = ensureUnit(actor, plan);
    if (!unit)
        return unit.error();
    if (const Status people = takePeople(plan, *unit); !people)
        return people;
    for (const RegistrationRecords::TaskRecord *record : std::as_const(plan.toAdd)) {
        if (const Status added = addTask(actor, plan, *record); !added)
            return added;
    }
    for (const auto &[record, stored] : std::as_const(plan.toChange)) {
        if (const Status changed = changeTask(actor, plan, *record, stored); !changed)
            return changed;
    }
    for (const Task &task : std::as_const(plan.toWithdraw)) {
        if (const Status removed = m_services.tasks().remove(task.id, task.version); !removed)
            return removed;
    }
    const PackageManifest &manifest = plan.package->manifest();
    const Result<qint64> recorded = m_services.repositories().exchangePartners.recordReceived(
        plan.partner.id, SentPackage::Kind::Registrations, manifest.year,
        {manifest.sequence, plan.package->manifestSha256()},
        actor.id > 0 ? std::optional<qint64>(actor.id) : std::nullopt);
    return recorded ? Status() : Status(recorded.error());
}

// A sender's registrations are kept under a unit of its own, made when its key is registered.
Result<qint64> ExchangeReceiver::ensureUnit(const User &actor, Plan &plan)
{
    if (plan.partner.id > 0) {
        if (!plan.partner.unitId)
            return Error(Error::Kind::NotFound, tr("%1 is registered here without a unit.").arg(plan.partner.committee));
        return *plan.partner.unitId;
    }
    Unit unit;
    unit.name = plan.partner.committee;
    unit.kind = kindOfCommittee(plan.partner.committee);
    const Result<qint64> unitId = m_services.referenceData().add(unit);
    if (!unitId)
        return unitId.error();
    plan.partner.unitId = *unitId;
    plan.partner.acceptedBy = actor.id > 0 ? std::optional<qint64>(actor.id) : std::nullopt;
    const Result<qint64> added = m_services.repositories().exchangePartners.add(plan.partner);
    if (!added)
        return added.error();
    plan.partner.id = *added;
    return *unitId;
}

// The sender's leaders, as people of its unit here; each taken once, then known by its id there.
Status ExchangeReceiver::takePeople(Plan &plan, qint64 unitId)
{
    ExchangePartnerRepository &partners = m_services.repositories().exchangePartners;
    for (const Person &remote : std::as_const(plan.records.people)) {
        if (plan.personLinks.contains(remote.id))
            continue;
        Person person = remote;
        person.id = 0;
        person.version = 0;
        person.unitId = unitId;
        const Result<qint64> added = m_services.referenceData().add(person);
        if (!added)
            return added.error();
        const Link link{*added, 0};
        if (const Status linked = partners.link(plan.partner.id, Entity::Person, remote.id, link); !linked)
            return linked;
        plan.personLinks.insert(remote.id, link);
    }
    return {};
}

// Added as a draft of the sender's unit here (which its registration snapshot names), its work
// items planned on it, then submitted: the way a registration is made here.
Status ExchangeReceiver::addTask(const User &actor, Plan &plan, const RegistrationRecords::TaskRecord &record)
{
    Task task = record.task;
    task.id = 0;
    task.version = 0;
    task.unitId = *plan.partner.unitId;
    task.personId = record.task.personId ? std::optional(plan.personLinks.value(*record.task.personId).localId)
                                         : std::nullopt;
    task.fieldId.reset();
    task.continuesTaskId.reset();
    task.origin = TaskOrigin::Registered;
    task.status = TaskStatus::Draft;
    task.progressPercent = 0;
    task.rating.reset();
    task.score.reset();
    task.assessment.clear();
    if (!record.fieldName.isEmpty()) {
        const Result<std::optional<Field>> field = m_services.repositories().fields.findByName(record.fieldName);
        if (!field)
            return field.error();
        if (*field)
            task.fieldId = (*field)->id;
    }
    const Result<qint64> id = m_services.tasks().add(task);
    if (!id)
        return id.error();
    for (WorkItem item : record.workItems) {
        item.id = 0;
        item.version = 0;
        item.taskId = *id;
        item.doneOn = QDate();
        if (const Result<qint64> planned = m_services.progress().addWorkItem(actor, item); !planned)
            return planned.error();
    }
    const Result<int> submitted = m_services.review().submit(actor, *id);
    if (!submitted)
        return submitted.error();
    return m_services.repositories().exchangePartners.link(plan.partner.id, Entity::Task, record.task.id,
                                                           {*id, record.task.version});
}

// The sender's new wording of a registration undecided here: its fields, nothing of what this
// committee keeps of it (its owner here, progress, rating). One returned for revision here goes
// back to the reviewers with the revision.
Status ExchangeReceiver::changeTask(const User &actor, Plan &plan, const RegistrationRecords::TaskRecord &record,
                                    const Task &stored)
{
    Task task = stored;
    task.takeWordingOf(record.task);
    const Result<int> saved = m_services.tasks().update(task);
    if (!saved)
        return saved.error();
    if (stored.status == TaskStatus::Returned) {
        if (const Result<int> submitted = m_services.review().submit(actor, stored.id); !submitted)
            return submitted.error();
    }
    return m_services.repositories().exchangePartners.link(plan.partner.id, Entity::Task, record.task.id,
                                                           {stored.id, record.task.version});
}

} // namespace dotpha
