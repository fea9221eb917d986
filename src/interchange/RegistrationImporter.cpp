#include "RegistrationImporter.h"

#include "CsvFile.h"
#include "CsvReader.h"
#include "NewRecordCreator.h"
#include "ReferenceDataService.h"
#include "ReviewService.h"
#include "TaskRepository.h"
#include "TaskService.h"
#include "TransactionRunner.h"
#include "XlsxReader.h"

#include <QDir>
#include <QSet>

using namespace Qt::StringLiterals;

namespace dotpha {

Result<QList<QStringList>> RegistrationImporter::readFile(const QString &path, const std::atomic<bool> *stop)
{
    if (path.endsWith(u".csv"_s, Qt::CaseInsensitive) || path.endsWith(u".txt"_s, Qt::CaseInsensitive)) {
        Result<QList<QStringList>> rows = CsvReader::read(path, stop);
        if (rows) {
            for (QStringList &row : *rows) {
                for (QString &cell : row)
                    cell = CsvFile::unguardFormula(cell);
            }
        }
        return rows;
    }
    if (path.endsWith(u".xlsx"_s, Qt::CaseInsensitive))
        return XlsxReader::read(path, XlsxReader::Limits(), stop);
    return Error(Error::Kind::Refused,
                 tr("%1: only .xlsx and .csv files can be imported.").arg(QDir::toNativeSeparators(path)));
}

Result<ImportReferenceData> RegistrationImporter::referenceData(const QSet<int> &years)
{
    return ImportReferenceData::load(m_services.repositories(), years);
}

Result<ImportPlan> RegistrationImporter::plan(const QList<QStringList> &table, const Mapping &mapping, int givenHeaderRow,
                                              bool recordDecisions, const ValueMapping &values)
{
    const Result<ImportLayout> layout = RegistrationPlanner::layoutOf(table, mapping, givenHeaderRow);
    if (!layout)
        return layout.error();
    const Result<ImportReferenceData> data = referenceData(RegistrationPlanner::yearsIn(table, *layout));
    if (!data)
        return data.error();
    return *RegistrationPlanner(*data, *layout, recordDecisions, values).plan(table);
}

Result<RegistrationImporter::Outcome> RegistrationImporter::execute(const ImportPlan &plan, const Options &options,
                                                                    const Progress &progress)
{
    if (plan.needsNewRecords() && !options.createMissing)
        return Error(Error::Kind::Refused, tr("The file names units, people or fields that do not exist yet. Confirm that "
                                              "they should be created, or correct the file."));
    if (plan.decisions > 0 && !options.recordDecisions)
        return Error(Error::Kind::Refused, tr("The file reports reviewers' decisions; they are recorded only when an "
                                              "administrator asks for it."));
    const int total = int(plan.rows.size());
    Outcome outcome;
    NewRecordCreator created(m_services.referenceData());   // remembers what earlier parts created
    for (int first = 0; first < total; first += PartSize) {
        if (progress && !progress(first, total)) {
            if (first == 0)
                return Error(Error::Kind::Cancelled, tr("The import was cancelled; nothing was imported."));
            outcome.rowsLeft = total - first;   // the parts stored stay: they are whole
            return outcome;
        }
        QList<const ImportPlan::Row *> part;
        for (int i = first; i < std::min(total, first + PartSize); ++i)
            part << &plan.rows.at(i);
        Outcome stored;
        const Status done = m_services.repositories().transactions.inTransaction(
            [&] { return storePart(part, options, created, stored); });
        if (!done)
            return keptBefore(done.error(), outcome);
        outcome.imported += stored.imported;
        outcome.duplicates += stored.duplicates;
        outcome.decisions += stored.decisions;
    }
    if (progress)
        progress(total, total);
    return outcome;
}

QString RegistrationImporter::unfinished(const Outcome &outcome)
{
    return tr("The import was cancelled with %1 of the file's rows left: the %2 tasks imported before stay. Importing "
              "the file again adds the rest and skips those.")
        .arg(outcome.rowsLeft)
        .arg(outcome.imported);
}

Error RegistrationImporter::keptBefore(const Error &error, const Outcome &kept)
{
    if (kept.imported == 0 && kept.duplicates == 0)
        return error;
    return Error(error.kind(),
                 tr("%1\n\nThe %2 tasks of the rows before it were imported and stay. Importing the file again, "
                    "corrected, adds the rest and skips those.")
                     .arg(error.message())
                     .arg(kept.imported),
                 error.detail());
}

namespace {

// The registrations already made in the years of rows, read in the part's own transaction.
Result<QSet<QString>> registeredIn(TaskRepository &tasks, const QList<const ImportPlan::Row *> &rows)
{
    QSet<int> years;
    for (const ImportPlan::Row *row : rows)
        years.insert(row->task.year);
    QSet<QString> keys;
    for (const int year : std::as_const(years)) {
        const Result<QList<std::pair<QString, QString>>> registered = tasks.registrationKeys(year);
        if (!registered)
            return registered.error();
        for (const auto &[title, owner] : *registered)
            keys.insert(ImportReferenceData::registrationKey(year, title, owner));
    }
    return keys;
}

Error rowError(int row, const Error &error)
{
    return Error(error.kind(), RegistrationImporter::tr("Row %1: %2").arg(row).arg(error.message()), error.detail());
}

} // namespace

Status RegistrationImporter::storePart(const QList<const ImportPlan::Row *> &part, const Options &options,
                                       NewRecordCreator &created, Outcome &outcome)
{
    Result<QSet<QString>> registered = registeredIn(m_services.repositories().tasks, part);
    if (!registered)
        return registered.error();
    QList<const ImportPlan::Row *> kept;
    for (const ImportPlan::Row *planned : part) {
        const QString key = ImportReferenceData::registrationKey(planned->task.year, planned->task.title, planned->unitName);
        if (registered->contains(key)) {
            ++outcome.duplicates;
            continue;
        }
        registered->insert(key);
        kept << planned;
    }
    if (const Status units = created.createUnits(kept); !units)
        return units;
    if (const Status people = created.createPeople(kept); !people)
        return people;
    QList<Task> tasks;
    QList<const ImportPlan::Row *> registrations;
    QList<std::pair<Task, const ImportPlan::Row *>> decided;
    for (const ImportPlan::Row *planned : std::as_const(kept)) {
        Task task = planned->task;
        task.unitId = created.unitOf(*planned);
        if (task.kind == TaskKind::Individual && !task.personId)
            task.personId = created.personOf(*planned);
        if (!planned->fieldName.isEmpty() && !task.fieldId) {
            const Result<qint64> field = created.field(planned->fieldName);
            if (!field)
                return rowError(planned->row, field.error());
            task.fieldId = *field;
        }
        task.positionAtRegistration = task.kind == TaskKind::Individual ? planned->position : QString();
        if (planned->decision) {
            decided.append({task, planned});
        } else {
            tasks << task;
            registrations << planned;
        }
    }
    const Result<QList<qint64>> added =
        m_services.tasks().addMany(tasks, [&](qsizetype i) { return tr("Row %1").arg(registrations.at(i)->row); });
    if (!added)
        return added.error();
    outcome.imported = int(added->size());
    return addDecided(decided, options, outcome);
}

// Each with its decision, the registration and the decision one after the other in the trail.
Status RegistrationImporter::addDecided(const QList<std::pair<Task, const ImportPlan::Row *>> &decided,
                                        const Options &options, Outcome &outcome)
{
    const User &actor = m_services.tasks().actor();
    for (const auto &[task, row] : decided) {
        const ReviewService::Details details{
            QDate::currentDate(), QString(),
            tr("Recorded from the imported file %1, row %2.").arg(options.sourceName).arg(row->row)};
        const Result<qint64> added = m_services.review().addWithImportedDecision(actor, task, *row->decision, details);
        if (!added)
            return rowError(row->row, added.error());
        ++outcome.imported;
        ++outcome.decisions;
    }
    return {};
}

} // namespace dotpha
