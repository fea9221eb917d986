#include "ExchangeSender.h"

#include "AttachmentRepository.h"
#include "AuditRepository.h"
#include "CommitteeKeyRepository.h"
#include "CommitteeSettingsRepository.h"
#include "DecisionRepository.h"
#include "ExchangePartnerRepository.h"
#include "ExchangeLogRepository.h"
#include "FieldRepository.h"
#include "IndicatorRepository.h"
#include "PersonRepository.h"
#include "ProgressNoteRepository.h"
#include "TaskQuery.h"
#include "TaskRepository.h"
#include "TransactionRunner.h"
#include "UnitRepository.h"
#include "WorkItemRepository.h"
#include "WorkflowPolicy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

// A task as a decision's snapshot (TaskSnapshot) left it.
Task taskAfter(const QJsonObject &snapshot)
{
    Task task;
    task.year = snapshot.value(u"year"_s).toInt();
    task.title = snapshot.value(u"title"_s).toString();
    task.content = snapshot.value(u"content"_s).toString();
    task.objective = snapshot.value(u"objective"_s).toString();
    task.expectedResult = snapshot.value(u"expected_result"_s).toString();
    task.solutions = snapshot.value(u"solutions"_s).toString();
    task.deadline = QDate::fromString(snapshot.value(u"deadline"_s).toString(), Qt::ISODate);
    if (snapshot.value(u"end_year"_s).isDouble())
        task.endYear = snapshot.value(u"end_year"_s).toInt();
    task.nature = fromCode<TaskNature>(snapshot.value(u"nature"_s).toString()).value_or(TaskNature::Breakthrough);
    task.status = fromCode<TaskStatus>(snapshot.value(u"status"_s).toString()).value_or(TaskStatus::Submitted);
    task.rating = fromCode<Rating>(snapshot.value(u"rating"_s).toString());
    if (snapshot.value(u"score"_s).isDouble())
        task.score = snapshot.value(u"score"_s).toInt();
    task.assessment = snapshot.value(u"assessment"_s).toString();
    return task;
}

} // namespace

Result<ExchangeSender::Sent> ExchangeSender::sendRegistrations(const User &actor, const Request &request)
{
    if (const Status valid = checkRequest(actor, request); !valid)
        return valid.error();
    Result<RegistrationRecords> records = gather(request.year);
    if (!records)
        return records.error();
    Result<Sent> sent = send(actor, request, PackageManifest::Kind::Registrations, records->toJson(),
                             [&](PackageWriter &writer) { return writeFiles(writer, *records); });
    if (!sent)
        return sent.error();
    sent->tasks = int(records->tasks.size());
    for (const RegistrationRecords::TaskRecord &task : std::as_const(records->tasks))
        sent->files += int(task.files.size());
    return sent;
}

Result<ExchangeSender::Sent> ExchangeSender::sendDecisions(const User &actor, const Request &request)
{
    if (const Status valid = checkRequest(actor, request); !valid)
        return valid.error();
    Result<DecisionRecords> records = gatherDecisions(request);
    if (!records)
        return records.error();
    Result<Sent> sent = send(actor, request, PackageManifest::Kind::Decisions, records->toJson(),
                             [](PackageWriter &) { return Status(); });
    if (!sent)
        return sent.error();
    sent->tasks = int(records->decisions.size());
    return sent;
}

// The parts are written first, reading only; the transaction that numbers and logs the package
// then adds its manifest and signature, and holds the write lock only that long.
Result<ExchangeSender::Sent> ExchangeSender::send(const User &actor, const Request &request,
                                                  PackageManifest::Kind kind, const QByteArray &records,
                                                  const std::function<Status(PackageWriter &)> &writeParts)
{
    Result<SigningKey> key = m_repositories.committeeKey.signingKey();
    if (!key)
        return key.error();
    const Result<std::optional<AuditHead>> head = m_repositories.audit.head();
    if (!head)
        return head.error();
    PackageWriter writer(request.path);
    if (const Status opened = writer.open(); !opened)
        return opened.error();
    if (const Status written = writer.addPart(u"records.json"_s, records); !written)
        return written.error();
    if (const Status written = writeParts(writer); !written)
        return written.error();
    const SentPackage::Kind logged = kind == PackageManifest::Kind::Registrations ? SentPackage::Kind::Registrations
                                                                                  : SentPackage::Kind::Decisions;
    Sent sent;
    const Status done = m_repositories.transactions.inTransaction([&]() -> Status {
        const Result<qint64> sequence = m_repositories.exchangeLog.nextSequence(request.receiver, logged);
        if (!sequence)
            return sequence.error();
        PackageManifest manifest = manifestOf(request, *sequence, *head);
        manifest.kind = kind;
        const Result<QByteArray> manifestHash = writer.seal(manifest, *key);
        if (!manifestHash)
            return manifestHash.error();
        SentPackage package;
        package.receiver = request.receiver;
        package.kind = logged;
        package.year = request.year;
        package.sequence = *sequence;
        package.manifestSha256 = QString::fromLatin1(manifestHash->toHex());
        package.sentBy = actor.id > 0 ? std::optional<qint64>(actor.id) : std::nullopt;
        if (const Result<qint64> recorded = m_repositories.exchangeLog.recordSent(package); !recorded)
            return recorded.error();
        sent.sequence = *sequence;
        return {};
    });
    if (!done)
        return done.error();
    if (const Status placed = writer.putInPlace(); !placed)
        return Error(placed.error().kind(),
                     tr("Package %1 was numbered and logged. %2 Send the file kept beside it under the package's "
                        "name, or the receiver will miss number %1.")
                         .arg(QString::number(sent.sequence), placed.error().message()));
    sent.fingerprint = SigningKey::fingerprint(key->publicKey());
    return sent;
}

// The decisions taken here on the registrations a subordinate committee sent, named by that
// committee's own task ids.
Result<DecisionRecords> ExchangeSender::gatherDecisions(const Request &request)
{
    const Result<QList<ExchangePartner>> partners = m_repositories.exchangePartners.byCommittee(request.receiver);
    if (!partners)
        return partners.error();
    const auto subordinate = std::find_if(partners->cbegin(), partners->cend(),
                                          [](const ExchangePartner &partner) { return partner.unitId.has_value(); });
    if (subordinate == partners->cend())
        return Error(Error::Kind::Refused, tr("%1 has sent no registrations here: there is no decision to send it.")
                                               .arg(request.receiver));
    const Result<QHash<qint64, ExchangePartnerRepository::Link>> links =
        m_repositories.exchangePartners.links(subordinate->id, ExchangePartnerRepository::Entity::Task);
    if (!links)
        return links.error();
    DecisionRecords records;
    records.year = request.year;
    for (auto link = links->cbegin(); link != links->cend(); ++link) {
        const Result<Task> task = m_repositories.tasks.find(link->localId);
        if (!task && task.error().kind() == Error::Kind::NotFound)
            continue;
        if (!task)
            return task.error();
        if (task->year != request.year)
            continue;
        const Result<QList<Decision>> decisions = m_repositories.decisions.ofTask(task->id);
        if (!decisions)
            return decisions.error();
        for (const Decision &decision : *decisions) {
            records.decisions.append({decision.id, link.key(), decision.kind, decision.decidedOn, decision.number,
                                      tr("%1 (%2)").arg(decision.reviewerName, m_committee), decision.reason,
                                      taskAfter(decision.after)});
        }
    }
    std::sort(records.decisions.begin(), records.decisions.end(),
              [](const DecisionRecords::Record &a, const DecisionRecords::Record &b) { return a.id < b.id; });
    return records;
}

// A package speaks for the committee: only its administrators send one (on the office server,
// only their logins may read the key that signs it), and only under the committee's own name.
Status ExchangeSender::checkRequest(const User &actor, const Request &request)
{
    if (!WorkflowPolicy::allows(actor.role, WorkflowPolicy::Action::ExchangePackages))
        return Error(Error::Kind::Refused, WorkflowPolicy::refusal(actor.role, WorkflowPolicy::Action::ExchangePackages));
    if (request.receiver.trimmed().isEmpty())
        return Error::validation(tr("Name the committee the package is for."));
    const Result<std::optional<CommitteeSettings>> settings = m_repositories.settings.load();
    if (!settings)
        return settings.error();
    m_committee = settings->has_value() ? (*settings)->committeeName.trimmed() : QString();
    if (m_committee.isEmpty())
        return Error::validation(tr("This database does not say which committee it is: set the committee's name in "
                                    "the committee settings before sending a package."));
    // A package not yet delivered is never written over: the receiver would miss its number.
    if (QFileInfo::exists(request.path))
        return Error(Error::Kind::File, tr("%1 exists already: choose another name for the package.")
                                            .arg(QDir::toNativeSeparators(request.path)));
    return {};
}

Result<RegistrationRecords> ExchangeSender::gather(int year)
{
    TaskQuery query;
    query.year = year;
    Result<QList<Task>> tasks = m_repositories.tasks.list(query);
    if (!tasks)
        return tasks.error();
    RegistrationRecords records;
    records.year = year;
    QSet<qint64> units, people;
    for (const Task &task : std::as_const(*tasks)) {
        // What awaits the superior's decision, and what was approved: not a draft, nor what this
        // committee returned or rejected itself.
        if ((task.status != TaskStatus::Submitted && task.status != TaskStatus::Approved) || task.isSample)
            continue;
        RegistrationRecords::TaskRecord record{task, {}, {}, {}, {}, {}};
        if (const Status detailed = gatherDetails(record); !detailed)
            return detailed.error();
        units.insert(task.unitId);
        if (task.personId)
            people.insert(*task.personId);
        records.tasks.append(record);
    }
    for (const qint64 id : std::as_const(units)) {
        const Result<Unit> unit = m_repositories.units.find(id);
        if (!unit)
            return unit.error();
        records.units.append(*unit);
    }
    for (const qint64 id : std::as_const(people)) {
        const Result<Person> person = m_repositories.people.find(id);
        if (!person)
            return person.error();
        records.people.append(*person);
    }
    return records;
}

Status ExchangeSender::gatherDetails(RegistrationRecords::TaskRecord &record)
{
    const qint64 id = record.task.id;
    if (record.task.fieldId) {
        const Result<Field> field = m_repositories.fields.find(*record.task.fieldId);
        if (!field)
            return field.error();
        record.fieldName = field->name;
    }
    Result<QList<WorkItem>> items = m_repositories.workItems.ofTask(id);
    Result<QList<ProgressNote>> notes = m_repositories.progressNotes.ofTask(id);
    Result<QList<Indicator>> indicators = m_repositories.indicators.ofTask(id);
    Result<QList<Attachment>> files = m_repositories.attachments.ofTask(id);
    for (const Status &read : {Status(items ? Status() : items.error()), Status(notes ? Status() : notes.error()),
                               Status(indicators ? Status() : indicators.error()),
                               Status(files ? Status() : files.error())}) {
        if (!read)
            return read;
    }
    record.workItems = *items;
    record.progressNotes = *notes;
    for (const Indicator &indicator : std::as_const(*indicators)) {
        const Result<QList<IndicatorValue>> values = m_repositories.indicators.valuesOf(indicator.id);
        if (!values)
            return values.error();
        record.indicators.append({indicator, *values});
    }
    for (const Attachment &file : std::as_const(*files)) {
        if (!file.isRemoved())
            record.files.append({file, u"files/%1"_s.arg(file.id)});
    }
    return {};
}

// Each file's bytes as the database holds them, proved against the SHA-256 recorded with them:
// a file changed since it was attached is not sent as though it were the one attached.
Status ExchangeSender::writeFiles(PackageWriter &writer, RegistrationRecords &records)
{
    for (const RegistrationRecords::TaskRecord &task : std::as_const(records.tasks)) {
        for (const auto &[file, part] : task.files) {
            if (const Status begun = writer.beginPart(part, PackageWriter::Compression::Store); !begun)
                return begun;
            Status written;
            const Status read = m_repositories.attachments.readChunks(file.id, [&](const QByteArray &bytes) {
                written = writer.write(bytes);
                return bool(written);
            });
            if (!written)
                return written;
            if (!read)
                return read;
            if (const Status ended = writer.endPart(); !ended)
                return ended;
            if (QString::fromLatin1(writer.parts().constLast().sha256.toHex()) != file.sha256)
                return Error(Error::Kind::Refused,
                             tr("The file \"%1\" of task #%2 no longer matches the SHA-256 recorded when it was "
                                "attached: nothing was sent. Run check to see what changed.")
                                 .arg(file.printableName())
                                 .arg(task.task.id));
        }
    }
    return {};
}

PackageManifest ExchangeSender::manifestOf(const Request &request, qint64 sequence,
                                           const std::optional<AuditHead> &head) const
{
    PackageManifest manifest;
    manifest.kind = PackageManifest::Kind::Registrations;
    manifest.senderCommittee = m_committee;
    manifest.receiverCommittee = request.receiver.trimmed();
    manifest.year = request.year;
    manifest.sequence = sequence;
    manifest.createdAt = QDateTime::currentDateTimeUtc();
    if (head) {
        manifest.trailHeadId = head->lastId;
        manifest.trailHeadHash = head->hash;
    }
    return manifest;
}

} // namespace dotpha
