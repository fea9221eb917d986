#include "ExchangeReceiver.h"

#include "AuditRepository.h"
#include "CommitteeSettingsRepository.h"
#include "EnumNames.h"
#include "FieldRepository.h"
#include "ProgressService.h"
#include "ReferenceDataService.h"
#include "ReviewService.h"
#include "Services.h"
#include "SigningKey.h"
#include "TaskService.h"
#include "TextFolding.h"
#include "TransactionRunner.h"
#include "WorkflowPolicy.h"

#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

using Entity = ExchangePartnerRepository::Entity;
using Link = ExchangePartnerRepository::Link;

constexpr qint64 LargestRecords = 256 * 1024 * 1024;

QString named(const Task &task)
{
    return ExchangeReceiver::tr("“%1” (the sender's #%2)").arg(task.title).arg(task.id);
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
    QList<std::pair<const RegistrationRecords::TaskRecord *, qint64>> toChange;
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
    const PackageManifest &manifest = plan.package->manifest();
    ExchangeReport report;
    report.sender = manifest.senderCommittee;
    report.fingerprint = plan.package->senderFingerprint();
    report.year = manifest.year;
    report.sequence = manifest.sequence;
    if (manifest.kind != PackageManifest::Kind::Registrations)
        return Error(Error::Kind::Refused, tr("%1 is a package of decisions; only a superior committee's decisions on "
                                              "this committee's own registrations come as one, and this version of "
                                              "Dotpha does not receive them yet.")
                                               .arg(QFileInfo(path).fileName()));
    if (const Status addressed = checkAddressedToUs(manifest); !addressed)
        return addressed.error();
    Result<std::optional<ExchangePartner>> partner = senderOf(*plan.package, options, report);
    if (!partner)
        return partner.error();
    if (*partner) {
        plan.partner = **partner;
        if (const Status ordered = checkSequence(*plan.package, plan.partner, options, report); !ordered)
            return ordered.error();
        if (report.alreadyReceived)
            return report;
    } else {
        plan.partner.committee = manifest.senderCommittee;
        plan.partner.publicKey = manifest.senderPublicKey;
        if (manifest.sequence > 1 && !options.confirmGap) {
            report.missingFrom = 1;
            return Error(Error::Kind::Refused, tr("This is package %1 from %2, and none before it was received here. "
                                                  "Ask for the earlier ones, or confirm the gap to take it alone.")
                                                   .arg(manifest.sequence)
                                                   .arg(manifest.senderCommittee));
        }
    }
    Result<QByteArray> json = plan.package->readPart(u"records.json"_s, LargestRecords);
    if (!json)
        return json.error();
    Result<RegistrationRecords> records = RegistrationRecords::fromJson(*json);
    if (!records)
        return Error(Error::Kind::Refused, tr("The package %1 cannot be received: %2. Nothing was written.")
                                               .arg(QFileInfo(path).fileName(), records.error().message()));
    plan.records = std::move(records).value();
    if (const Status planned = planMerge(plan, report); !planned)
        return planned.error();
    if (options.dryRun)
        return report;
    if (const Status written = write(actor, plan, report); !written)
        return written.error();
    report.written = true;
    return report;
}

Status ExchangeReceiver::checkAddressedToUs(const PackageManifest &manifest)
{
    const Result<std::optional<CommitteeSettings>> settings = m_services.repositories().settings.load();
    if (!settings)
        return settings.error();
    const QString us = settings->has_value() ? (*settings)->committeeName.trimmed() : QString();
    if (us.isEmpty())
        return Error::validation(tr("This database does not say which committee it is: set the committee's name in "
                                    "the committee settings before receiving a package."));
    if (TextFolding::fold(us) != TextFolding::fold(manifest.receiverCommittee))
        return Error(Error::Kind::Refused, tr("The package is addressed to %1, and this database is %2's. Nothing was "
                                              "written.")
                                               .arg(manifest.receiverCommittee, us));
    return {};
}

// A sender is known by its key. A key registered for no one is taken only when the administrator
// gives its fingerprint, compared with the sender's; a committee registered with another key is
// refused, since a package under its name with a new key is what a forger would send.
Result<std::optional<ExchangePartner>> ExchangeReceiver::senderOf(const PackageReader &package, const Options &options,
                                                                  ExchangeReport &report)
{
    ExchangePartnerRepository &partners = m_services.repositories().exchangePartners;
    const PackageManifest &manifest = package.manifest();
    Result<std::optional<ExchangePartner>> known = partners.byKey(manifest.senderPublicKey);
    if (!known || *known)
        return known;
    const Result<QList<ExchangePartner>> sameName = partners.byCommittee(manifest.senderCommittee);
    if (!sameName)
        return sameName.error();
    if (!sameName->isEmpty())
        return Error(Error::Kind::Refused,
                     tr("The package says it is from %1, but it is signed with the key %2, not with the key registered "
                        "for %1 (%3). Nothing was written. Call %1 to find out whether its key changed.")
                         .arg(manifest.senderCommittee, package.senderFingerprint(),
                              SigningKey::fingerprint(sameName->constFirst().publicKey)));
    if (SigningKey::normalisedFingerprint(options.acceptKey) != package.senderFingerprint())
        return Error(Error::Kind::Refused,
                     tr("The package is signed with a key not registered here: %1, which says it is %2's. Compare this "
                        "fingerprint with the one %2 reads from its own Dotpha (by phone, or on paper); if they are "
                        "the same, an administrator accepts the key by giving its fingerprint. Nothing was written.")
                         .arg(package.senderFingerprint(), manifest.senderCommittee));
    report.keyAccepted = true;
    return std::optional<ExchangePartner>();
}

// Each package once, in order: the same package again changes nothing; an older one is refused;
// one after a gap only when the gap is confirmed.
Status ExchangeReceiver::checkSequence(const PackageReader &package, const ExchangePartner &partner,
                                       const Options &options, ExchangeReport &report)
{
    const Result<QList<ExchangePartnerRepository::Received>> received =
        m_services.repositories().exchangePartners.received(partner.id, SentPackage::Kind::Registrations);
    if (!received)
        return received.error();
    qint64 last = 0;
    for (const auto &each : *received) {
        if (each.manifestSha256 == package.manifestSha256()) {
            report.alreadyReceived = true;
            return {};
        }
        last = std::max(last, each.sequence);
    }
    const qint64 sequence = package.manifest().sequence;
    if (sequence <= last)
        return Error(Error::Kind::Refused, tr("This is package %1 from %2, older than package %3 received already. "
                                              "Nothing was written.")
                                               .arg(sequence)
                                               .arg(partner.committee)
                                               .arg(last));
    if (sequence > last + 1) {
        report.missingFrom = last + 1;
        if (!options.confirmGap)
            return Error(Error::Kind::Refused, tr("This is package %1 from %2, but the last one received was %3: "
                                                  "packages %4 to %5 never arrived. Ask for them, or confirm the gap "
                                                  "to take this one. Nothing was written.")
                                                   .arg(sequence)
                                                   .arg(partner.committee)
                                                   .arg(last)
                                                   .arg(last + 1)
                                                   .arg(sequence - 1));
    }
    return {};
}

// What the package brings, against what the earlier ones from the sender left here.
Status ExchangeReceiver::planMerge(Plan &plan, ExchangeReport &report)
{
    ExchangePartnerRepository &partners = m_services.repositories().exchangePartners;
    if (plan.partner.id > 0) {
        Result<QHash<qint64, Link>> tasks = partners.links(plan.partner.id, Entity::Task);
        Result<QHash<qint64, Link>> people = partners.links(plan.partner.id, Entity::Person);
        if (!tasks)
            return tasks.error();
        if (!people)
            return people.error();
        plan.taskLinks = *tasks;
        plan.personLinks = *people;
    }
    QSet<qint64> sent;
    for (const RegistrationRecords::TaskRecord &record : std::as_const(plan.records.tasks)) {
        sent.insert(record.task.id);
        report.notTaken += int(record.indicators.size() + record.progressNotes.size() + record.files.size());
        const auto link = plan.taskLinks.constFind(record.task.id);
        if (link == plan.taskLinks.cend()) {
            plan.toAdd.append(&record);
            report.added << named(record.task);
            report.workItems += int(record.workItems.size());
            continue;
        }
        if (link->remoteVersion == record.task.version) {
            ++report.unchanged;
            continue;
        }
        const Result<Task> local = m_services.tasks().find(link->localId);
        if (!local)
            return local.error();
        if (isUndecided(local->status)) {
            plan.toChange.append({&record, link->localId});
            report.changed << named(record.task);
        } else {
            report.conflicts << tr("%1 changed by the sender, decided here (%2): left as decided")
                                    .arg(named(record.task), EnumNames::name(local->status));
        }
    }
    for (auto link = plan.taskLinks.cbegin(); link != plan.taskLinks.cend(); ++link) {
        if (sent.contains(link.key()))
            continue;
        const Result<Task> local = m_services.tasks().find(link->localId);
        if (!local)
            continue;   // removed here meanwhile
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

Status ExchangeReceiver::write(const User &actor, Plan &plan, ExchangeReport &report)
{
    Repositories &repositories = m_services.repositories();
    const PackageManifest &manifest = plan.package->manifest();
    const Status done = repositories.transactions.inTransaction([&]() -> Status {
        // Checked again inside the transaction that writes: another administrator may have taken it.
        if (plan.partner.id > 0) {
            ExchangeReport again;
            if (const Status ordered = checkSequence(*plan.package, plan.partner, {false, {}, true}, again); !ordered)
                return ordered;
            if (again.alreadyReceived)
                return Error(Error::Kind::Conflict, tr("This package was received meanwhile, on another PC."));
        }
        if (const Status noted = repositories.audit.setNote(tr("Package %1 from %2 (key %3)")
                                                                 .arg(manifest.sequence)
                                                                 .arg(manifest.senderCommittee, report.fingerprint));
            !noted)
            return noted;
        const Result<qint64> unit = ensureUnit(plan);
        if (!unit)
            return unit.error();
        if (const Status people = takePeople(plan, *unit); !people)
            return people;
        for (const RegistrationRecords::TaskRecord *record : std::as_const(plan.toAdd)) {
            if (const Status added = addTask(actor, plan, *record); !added)
                return added;
        }
        for (const auto &[record, localId] : std::as_const(plan.toChange)) {
            if (const Status changed = changeTask(plan, *record, localId); !changed)
                return changed;
        }
        for (const Task &task : std::as_const(plan.toWithdraw)) {
            if (const Status removed = m_services.tasks().remove(task.id, task.version); !removed)
                return removed;
        }
        const Result<qint64> recorded = repositories.exchangePartners.recordReceived(
            plan.partner.id, SentPackage::Kind::Registrations, manifest.year,
            {manifest.sequence, plan.package->manifestSha256()},
            actor.id > 0 ? std::optional<qint64>(actor.id) : std::nullopt);
        if (!recorded)
            return recorded.error();
        return repositories.audit.setNote(QString());
    });
    if (!done)
        static_cast<void>(repositories.audit.setNote(QString()));
    return done;
}

// The sender's registrations are kept under a unit of its own, made with its registration.
Result<qint64> ExchangeReceiver::ensureUnit(Plan &plan)
{
    ExchangePartnerRepository &partners = m_services.repositories().exchangePartners;
    if (plan.partner.id > 0 && plan.partner.unitId)
        return *plan.partner.unitId;
    Unit unit;
    unit.name = plan.partner.committee;
    unit.kind = kindOfCommittee(plan.partner.committee);
    const Result<qint64> unitId = m_services.referenceData().add(unit);
    if (!unitId)
        return unitId.error();
    if (plan.partner.id == 0) {
        plan.partner.unitId = *unitId;
        const Result<qint64> added = partners.add(plan.partner);
        if (!added)
            return added.error();
        plan.partner.id = *added;
        plan.partner.version = 1;
        return *unitId;
    }
    const Result<int> version = partners.setUnit(plan.partner.id, *unitId, plan.partner.version);
    if (!version)
        return version.error();
    plan.partner.unitId = *unitId;
    plan.partner.version = *version;
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

// The registration as this committee keeps it: under the sender's unit and its leader here, the
// sender's names and kinds as they were at registration.
Task ExchangeReceiver::localTask(Plan &plan, const Task &remote) const
{
    Task task = remote;
    task.id = 0;
    task.version = 0;
    task.unitId = *plan.partner.unitId;
    task.personId = remote.personId ? std::optional<qint64>(plan.personLinks.value(*remote.personId).localId)
                                    : std::nullopt;
    task.fieldId.reset();
    task.continuesTaskId.reset();
    task.origin = TaskOrigin::Registered;
    task.rating.reset();
    task.score.reset();
    return task;
}

// Added as a draft, its work items planned on it, then submitted: the way a registration is made here.
Status ExchangeReceiver::addTask(const User &actor, Plan &plan, const RegistrationRecords::TaskRecord &record)
{
    Task task = localTask(plan, record.task);
    task.status = TaskStatus::Draft;
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
        if (const Result<qint64> planned = m_services.progress().addWorkItem(actor, item); !planned)
            return planned.error();
    }
    const Result<int> submitted = m_services.review().submit(actor, *id);
    if (!submitted)
        return submitted.error();
    return m_services.repositories().exchangePartners.link(plan.partner.id, Entity::Task, record.task.id,
                                                           {*id, record.task.version});
}

Status ExchangeReceiver::changeTask(Plan &plan, const RegistrationRecords::TaskRecord &record, qint64 localId)
{
    const Result<Task> stored = m_services.tasks().find(localId);
    if (!stored)
        return stored.error();
    Task task = localTask(plan, record.task);
    task.id = localId;
    task.version = stored->version;
    task.status = stored->status;
    task.fieldId = stored->fieldId;
    const Result<int> saved = m_services.tasks().update(task);
    if (!saved)
        return saved.error();
    return m_services.repositories().exchangePartners.link(plan.partner.id, Entity::Task, record.task.id,
                                                           {localId, record.task.version});
}

} // namespace dotpha
