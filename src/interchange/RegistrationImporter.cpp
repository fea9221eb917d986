#include "RegistrationImporter.h"

#include "ClosedYearRepository.h"
#include "CsvFile.h"
#include "CsvReader.h"
#include "FieldRepository.h"
#include "PersonRepository.h"
#include "ReferenceDataService.h"
#include "ReviewService.h"
#include "TaskReadiness.h"
#include "TaskRepository.h"
#include "TaskService.h"
#include "TextFolding.h"
#include "TransactionRunner.h"
#include "UnitRepository.h"
#include "Validator.h"
#include "VietnameseTerms.h"
#include "ValueWords.h"
#include "XlsxReader.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

using Column = RegistrationColumns::Column;
constexpr int HeaderSearchRows = 20;

// Adds name to names once, whatever its accents and case.
void addOnce(QStringList &names, QSet<QString> &seen, const QString &name)
{
    if (!seen.contains(TextFolding::fold(name))) {
        seen.insert(TextFolding::fold(name));
        names << name;
    }
}

// Dates as offices type them (31/12/2021, 2021-12-31) or as Excel stores them (days since 1899-12-30).
QDate parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const QString &format : {u"d/M/yyyy"_s, u"d-M-yyyy"_s, u"d.M.yyyy"_s, u"yyyy-MM-dd"_s}) {
        const QDate date = QDate::fromString(trimmed, format);
        if (date.isValid())
            return date;
    }
    bool ok = false;
    const double serial = trimmed.toDouble(&ok);
    if (ok && serial > 20000 && serial < 80000)
        return QDate(1899, 12, 30).addDays(qint64(serial));
    return {};
}

UnitKind guessUnitKind(const QString &unitName)
{
    const QString folded = TextFolding::fold(unitName);
    if (folded.startsWith(u"xa "_s))
        return UnitKind::Commune;
    if (folded.startsWith(u"phuong "_s))
        return UnitKind::Ward;
    if (folded.startsWith(u"thi tran "_s))
        return UnitKind::Township;
    if (folded.startsWith(u"dang bo "_s) || folded.startsWith(u"chi bo "_s) || folded.startsWith(u"dang uy "_s))
        return UnitKind::PartyOrganisation;
    return UnitKind::Agency;
}

// The first row, near the top, in which enough cells are known headers, the title among them.
int findHeaderRow(const QList<QStringList> &table)
{
    for (int row = 0; row < std::min<int>(HeaderSearchRows, int(table.size())); ++row) {
        int known = 0;
        bool title = false;
        for (const QString &cell : table.at(row)) {
            if (const auto column = RegistrationColumns::columnOf(cell)) {
                ++known;
                title |= *column == Column::Title;
            }
        }
        if (known >= 3 && title)
            return row;
    }
    return -1;
}

QString duplicateKey(int year, const QString &title, const QString &owner)
{
    return QString::number(year) + u'|' + TextFolding::fold(title) + u'|' + TextFolding::fold(owner);
}

bool isDecision(TaskStatus status)
{
    return status == TaskStatus::Approved || status == TaskStatus::Rejected || status == TaskStatus::Returned;
}

class Planner
{
public:
    Planner(Repositories &repositories, ImportPlan &plan, bool recordDecisions,
            const RegistrationImporter::ValueMapping &values)
        : r(repositories), plan(plan), recordDecisions(recordDecisions), values(values) {}

    Status loadExisting();
    void readRow(int rowNumber, const QStringList &cells, const RegistrationImporter::Mapping &mapping);

private:
    QString cell(const QStringList &cells, Column column) const
    {
        const int index = columns.value(column, -1);
        return index >= 0 ? cells.value(index).trimmed() : QString();
    }
    void problem(int row, Column column, const QString &message)
    {
        plan.problems.append({row, RegistrationColumns::header(column), message});
    }
    template <typename Enum>
    std::optional<Enum> valueOf(int row, Column column, const QString &text, bool refuseUnknown = true);
    void noteUnknown(Column column, const QString &text, const QStringList &accepted);
    bool readYear(ImportPlan::Row &row, const QString &text);
    void readOwner(ImportPlan::Row &row, const QStringList &cells);
    void readFields(ImportPlan::Row &row, const QStringList &cells);
    void readStatus(ImportPlan::Row &row);
    void checkReadiness(const ImportPlan::Row &row);

    Repositories &r;
    ImportPlan &plan;
    bool recordDecisions;
    const RegistrationImporter::ValueMapping &values;
    QHash<QString, qsizetype> unknownByKey;   // column|key -> index in plan.unknownValues
    QHash<QString, Unit> unitsByName;
    QHash<QString, QList<Person>> peopleByName;
    QHash<QString, qint64> fieldsByName;
    QSet<QString> existingTasks;
    QSet<int> loadedYears;
    QSet<int> closedYears;   // of the years loaded
    QSet<QString> newNames[3];   // folded, of the new units, people and fields

public:
    QHash<Column, int> columns;
};

// Our value for what a cell writes, through the words we accept or the user's mapping; an unknown
// value is counted for the mapping step and, with refuseUnknown, refused listing the accepted ones.
template <typename Enum>
std::optional<Enum> Planner::valueOf(int row, Column column, const QString &text, bool refuseUnknown)
{
    if (const std::optional<Enum> value = ValueWords::match<Enum>(text))
        return value;
    const QHash<QString, QString> &mapped = values.value(column);
    if (const auto found = mapped.constFind(ValueWords::key(text)); found != mapped.cend()) {
        if (const std::optional<Enum> value = ValueWords::match<Enum>(*found))
            return value;
    }
    const QStringList accepted = ValueWords::accepted<Enum>();
    noteUnknown(column, text, accepted);
    if (refuseUnknown)
        problem(row, column, RegistrationImporter::tr("“%1” is not one of this column's values: %2. Write one of them "
                                                      "in the file, or say which one it means with "
                                                      "dotpha-cli import --map \"%3:%1=…\".")
                                 .arg(text, accepted.join(u"; "_s), RegistrationColumns::header(column)));
    return std::nullopt;
}

void Planner::noteUnknown(Column column, const QString &text, const QStringList &accepted)
{
    const QString key = QString::number(int(column)) + u'|' + ValueWords::key(text);
    const auto found = unknownByKey.constFind(key);
    if (found != unknownByKey.cend()) {
        ++plan.unknownValues[*found].count;
        return;
    }
    unknownByKey.insert(key, plan.unknownValues.size());
    plan.unknownValues.append({RegistrationColumns::header(column), text, 1, accepted});
}

Status Planner::loadExisting()
{
    const Result<QList<Unit>> units = r.units.all();
    const Result<QList<Person>> people = r.people.all();
    const Result<QList<Field>> fields = r.fields.all();
    if (!units || !people || !fields)
        return (!units ? units.error() : !people ? people.error() : fields.error());
    for (const Unit &unit : *units)
        unitsByName.insert(TextFolding::fold(unit.name), unit);
    for (const Person &person : *people)
        peopleByName[TextFolding::fold(person.fullName)].append(person);
    for (const Field &field : *fields)
        fieldsByName.insert(TextFolding::fold(field.name), field.id);
    return {};
}

bool Planner::readYear(ImportPlan::Row &row, const QString &text)
{
    static const QRegularExpression years(u"^(\\d{4})(?:\\s*[-–]\\s*(\\d{4}))?$"_s);
    const QRegularExpressionMatch match = years.match(text);
    if (!match.hasMatch()) {
        problem(row.row, Column::Year, text.isEmpty() ? RegistrationImporter::tr("The year is missing.")
                                                      : RegistrationImporter::tr("“%1” is not a year.").arg(text));
        return false;
    }
    row.task.year = match.captured(1).toInt();
    if (!match.captured(2).isEmpty())
        row.task.endYear = match.captured(2).toInt();
    if (!loadedYears.contains(row.task.year)) {
        loadedYears.insert(row.task.year);
        if (const Result<bool> closed = r.closedYears.isClosed(row.task.year); closed && *closed)
            closedYears.insert(row.task.year);
        TaskQuery query;
        query.year = row.task.year;
        if (const Result<QList<Task>> tasks = r.tasks.list(query)) {
            for (const Task &task : *tasks)
                existingTasks.insert(duplicateKey(task.year, task.title, task.unitNameAtRegistration));
        }
    }
    if (closedYears.contains(row.task.year)) {
        problem(row.row, Column::Year,
                RegistrationImporter::tr("The year %1 is closed: nothing more can be registered in it.").arg(row.task.year));
        return false;
    }
    return true;
}

void Planner::readOwner(ImportPlan::Row &row, const QStringList &cells)
{
    row.unitName = cell(cells, Column::Unit);
    row.personName = cell(cells, Column::FullName);
    row.position = cell(cells, Column::Position);
    const QString kindText = cell(cells, Column::Kind);
    if (kindText.isEmpty())
        row.task.kind = row.personName.isEmpty() ? TaskKind::Collective : TaskKind::Individual;
    else if (const auto kind = valueOf<TaskKind>(row.row, Column::Kind, kindText))
        row.task.kind = *kind;

    if (row.unitName.isEmpty()) {
        problem(row.row, Column::Unit, RegistrationImporter::tr("The unit is missing."));
    } else if (const auto found = unitsByName.constFind(TextFolding::fold(row.unitName)); found != unitsByName.cend()) {
        row.task.unitId = found->id;
        row.unitName = found->name;
        row.unitKind = found->kind;
    } else {
        const QString kindWord = cell(cells, Column::OwnerKind);
        // An unknown kind is guessed from the name ("Xã ...") rather than refused.
        const std::optional<UnitKind> kind =
            kindWord.isEmpty() ? std::nullopt : valueOf<UnitKind>(row.row, Column::OwnerKind, kindWord, false);
        row.unitKind = kind.value_or(guessUnitKind(row.unitName));
        addOnce(plan.newUnits, newNames[0], row.unitName);
    }

    if (row.task.kind == TaskKind::Individual) {
        if (row.personName.isEmpty()) {
            problem(row.row, Column::FullName, RegistrationImporter::tr("An individual task needs the person's name."));
            return;
        }
        const QList<Person> namesakes = peopleByName.value(TextFolding::fold(row.personName));
        for (const Person &person : namesakes) {
            if (namesakes.size() == 1 || person.unitId == row.task.unitId) {
                row.task.personId = person.id;
                row.personName = person.fullName;
                if (row.position.isEmpty())
                    row.position = person.position;
                break;
            }
        }
        if (!row.task.personId)
            addOnce(plan.newPeople, newNames[1], row.personName);
    }
}

void Planner::readFields(ImportPlan::Row &row, const QStringList &cells)
{
    Task &task = row.task;
    task.title = cell(cells, Column::Title);
    task.content = cell(cells, Column::Content);
    task.objective = cell(cells, Column::Objective);
    task.expectedResult = cell(cells, Column::ExpectedResult);
    task.solutions = cell(cells, Column::Solutions);
    const QString deadline = cell(cells, Column::Deadline);
    task.deadline = parseDate(deadline);
    if (!deadline.isEmpty() && !task.deadline.isValid())
        problem(row.row, Column::Deadline, RegistrationImporter::tr("“%1” is not a date (dd/mm/yyyy).").arg(deadline));
    const auto readEnum = [&](Column column, auto fallback, auto &target) {
        const QString text = cell(cells, column);
        if (text.isEmpty())
            return;
        if (const auto value = valueOf<std::decay_t<decltype(fallback)>>(row.row, column, text))
            target = *value;
    };
    readEnum(Column::Nature, TaskNature::Breakthrough, task.nature);
    readEnum(Column::Origin, TaskOrigin::Registered, task.origin);
    readEnum(Column::Status, TaskStatus::Draft, task.status);
    readStatus(row);
    row.fieldName = cell(cells, Column::Field);
    if (!row.fieldName.isEmpty()) {
        if (const auto found = fieldsByName.constFind(TextFolding::fold(row.fieldName)); found != fieldsByName.cend())
            task.fieldId = *found;
        else
            addOnce(plan.newFields, newNames[2], row.fieldName);
    }
}

// A reviewer's decision is not a registration's to bring along: it is recorded as a decision,
// when an administrator asked for that, or the row is refused.
void Planner::readStatus(ImportPlan::Row &row)
{
    if (!isDecision(row.task.status))
        return;
    if (!recordDecisions) {
        problem(row.row, Column::Status,
                RegistrationImporter::tr("“%1” is a reviewer's decision: an imported row becomes a draft or a submitted "
                                         "registration. Leave the column empty or write “%2” or “%3”; an "
                                         "administrator may instead record the file's decisions.")
                    .arg(VietnameseTerms::word(row.task.status), VietnameseTerms::word(TaskStatus::Draft),
                         VietnameseTerms::word(TaskStatus::Submitted)));
        return;
    }
    // Stored as a draft, then decided: the decision was taken outside Dotpha, so the checks a
    // registration passes before it goes to review do not apply to it.
    row.decision = row.task.status;
    row.task.status = TaskStatus::Draft;
}

// A submitted registration must be ready for review, as one submitted in the window is.
void Planner::checkReadiness(const ImportPlan::Row &row)
{
    if (row.task.status != TaskStatus::Submitted)
        return;
    // A unit or person the import will create counts as there.
    Task probe = row.task;
    if (probe.unitId == 0 && !row.unitName.isEmpty())
        probe.unitId = 1;
    if (probe.kind == TaskKind::Individual && !probe.personId && !row.personName.isEmpty())
        probe.personId = 1;
    const QStringList missing = TaskReadiness::missing(probe);
    if (!missing.isEmpty())
        problem(row.row, Column::Status,
                RegistrationImporter::tr("The registration cannot be submitted yet: %1").arg(missing.join(u' ')));
}

void Planner::readRow(int rowNumber, const QStringList &cells, const RegistrationImporter::Mapping &)
{
    ImportPlan::Row row{rowNumber, {}, {}, UnitKind::Other, {}, {}, {}};
    const int problemsBefore = int(plan.problems.size());
    readYear(row, cell(cells, Column::Year));
    readOwner(row, cells);
    readFields(row, cells);
    if (row.task.title.isEmpty())
        problem(rowNumber, Column::Title, RegistrationImporter::tr("The title is missing."));
    for (const auto &[column, text] : {std::pair{Column::Title, &row.task.title}, std::pair{Column::Content, &row.task.content},
                                       std::pair{Column::Objective, &row.task.objective},
                                       std::pair{Column::ExpectedResult, &row.task.expectedResult},
                                       std::pair{Column::Solutions, &row.task.solutions}}) {
        if (text->size() > Validator::MaxTextLength)
            problem(rowNumber, column, RegistrationImporter::tr("The text is %1 characters long; at most %2 are kept.")
                                           .arg(text->size()).arg(Validator::MaxTextLength));
    }
    if (plan.problems.size() == problemsBefore)
        checkReadiness(row);
    if (plan.problems.size() > problemsBefore)
        return;
    const QString key = duplicateKey(row.task.year, row.task.title, row.unitName);
    if (existingTasks.contains(key)) {
        ++plan.duplicates;
        plan.problems.append({rowNumber, QString(), RegistrationImporter::tr("The same task of the same unit is already "
                                                                             "registered for this year; the row is skipped.")});
        return;
    }
    existingTasks.insert(key);
    plan.decisions += row.decision ? 1 : 0;
    plan.rows.append(row);
}

} // namespace

Result<QList<QStringList>> RegistrationImporter::readFile(const QString &path)
{
    if (path.endsWith(u".csv"_s, Qt::CaseInsensitive) || path.endsWith(u".txt"_s, Qt::CaseInsensitive)) {
        Result<QList<QStringList>> rows = CsvReader::read(path);
        if (rows) {
            for (QStringList &row : *rows) {
                for (QString &cell : row)
                    cell = CsvFile::unguardFormula(cell);
            }
        }
        return rows;
    }
    if (path.endsWith(u".xlsx"_s, Qt::CaseInsensitive))
        return XlsxReader::read(path);
    return Error(Error::Kind::Refused,
                 tr("%1: only .xlsx and .csv files can be imported.").arg(QDir::toNativeSeparators(path)));
}

Result<ImportPlan> RegistrationImporter::plan(const QList<QStringList> &table, const Mapping &mapping, int givenHeaderRow,
                                              bool recordDecisions, const ValueMapping &values)
{
    ImportPlan plan;
    Planner planner(m_services.repositories(), plan, recordDecisions, values);
    if (const Status loaded = planner.loadExisting(); !loaded)
        return loaded.error();
    const int headerRow = givenHeaderRow >= 0 ? givenHeaderRow : findHeaderRow(table);
    if (headerRow < 0 && mapping.isEmpty())
        return Error(Error::Kind::Refused,
                     tr("No header row was found in the first %1 rows. The sheet needs at least the columns "
                        "“Tên việc”, “Đơn vị” and “Năm”.").arg(HeaderSearchRows));
    plan.headerRow = headerRow + 1;
    const QStringList headers = headerRow >= 0 ? table.at(headerRow) : QStringList();
    for (int index = 0; index < headers.size(); ++index) {
        if (const auto column = RegistrationColumns::columnOf(headers.at(index)))
            planner.columns.insert(*column, index);
        else if (!headers.at(index).trimmed().isEmpty())
            plan.unrecognisedHeaders << headers.at(index).trimmed();
    }
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        planner.columns.insert(it.value(), it.key());
    for (int index = headerRow + 1; index < table.size(); ++index) {
        const QStringList &cells = table.at(index);
        const bool empty = std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.trimmed().isEmpty(); });
        if (!empty)
            planner.readRow(index + 1, cells, mapping);
    }
    return plan;
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
    Outcome outcome;
    const TaskService::Bulk bulk(m_services.tasks());   // one refresh of the views, after the commit
    const Status done = m_services.repositories().transactions.inTransaction(
        [&] { return storeRows(plan, options, progress, outcome); });
    if (!done)
        return done.error();
    return outcome;
}

namespace {

// The units, people and fields an import creates, each once, through the reference-data service:
// the units and people of the whole file by one statement each.
class NewRecords
{
public:
    explicit NewRecords(ReferenceDataService &service) : m_service(service) {}

    Status createUnits(const QList<const ImportPlan::Row *> &rows)
    {
        QList<Unit> units;
        QStringList keys;
        QSet<QString> seen;
        for (const ImportPlan::Row *row : rows) {
            const QString key = TextFolding::fold(row->unitName);
            if (row->task.unitId != 0 || m_units.contains(key) || seen.contains(key))
                continue;
            seen.insert(key);
            keys << key;
            units << Unit{0, row->unitName, row->unitKind, {}, {}, {}, {}, 1};
        }
        const Result<QList<qint64>> ids = m_service.addMany(units);
        if (!ids)
            return ids.error();
        for (qsizetype i = 0; i < keys.size(); ++i)
            m_units.insert(keys.at(i), ids->at(i));
        return {};
    }

    Status createPeople(const QList<const ImportPlan::Row *> &rows)
    {
        QList<Person> people;
        QStringList keys;
        QSet<QString> seen;
        for (const ImportPlan::Row *row : rows) {
            if (row->task.kind != TaskKind::Individual || row->task.personId)
                continue;
            const qint64 unitId = unitOf(*row);
            const QString key = personKey(*row, unitId);
            if (m_people.contains(key) || seen.contains(key))
                continue;
            seen.insert(key);
            keys << key;
            people << Person{0, row->personName, row->position, unitId, 1};
        }
        const Result<QList<qint64>> ids = m_service.addMany(people);
        if (!ids)
            return ids.error();
        for (qsizetype i = 0; i < keys.size(); ++i)
            m_people.insert(keys.at(i), ids->at(i));
        return {};
    }

    qint64 unitOf(const ImportPlan::Row &row) const
    {
        return row.task.unitId != 0 ? row.task.unitId : m_units.value(TextFolding::fold(row.unitName));
    }

    qint64 personOf(const ImportPlan::Row &row) const { return m_people.value(personKey(row, unitOf(row))); }

    Result<qint64> field(const QString &name)
    {
        const QString key = TextFolding::fold(name);
        if (const auto found = m_fields.constFind(key); found != m_fields.cend())
            return *found;
        const Result<qint64> id = m_service.add(Field{0, name, 0});
        if (id)
            m_fields.insert(key, *id);
        return id;
    }

private:
    static QString personKey(const ImportPlan::Row &row, qint64 unitId)
    {
        return TextFolding::fold(row.personName) + u'|' + QString::number(unitId);
    }

    ReferenceDataService &m_service;
    QHash<QString, qint64> m_units;
    QHash<QString, qint64> m_people;
    QHash<QString, qint64> m_fields;
};

// The registrations already made in the plan's years, read in the import's own transaction.
Result<QSet<QString>> registeredIn(TaskRepository &tasks, const ImportPlan &plan)
{
    QSet<int> years;
    for (const ImportPlan::Row &row : plan.rows)
        years.insert(row.task.year);
    QSet<QString> keys;
    for (const int year : std::as_const(years)) {
        const Result<QList<std::pair<QString, QString>>> registered = tasks.registrationKeys(year);
        if (!registered)
            return registered.error();
        for (const auto &[title, owner] : *registered)
            keys.insert(duplicateKey(year, title, owner));
    }
    return keys;
}

Error rowError(int row, const Error &error)
{
    return Error(error.kind(), RegistrationImporter::tr("Row %1: %2").arg(row).arg(error.message()), error.detail());
}

} // namespace

Status RegistrationImporter::storeRows(const ImportPlan &plan, const Options &options, const Progress &progress,
                                       Outcome &outcome)
{
    Result<QSet<QString>> registered = registeredIn(m_services.repositories().tasks, plan);
    if (!registered)
        return registered.error();
    QList<const ImportPlan::Row *> kept;
    int done = 0;
    for (const ImportPlan::Row &planned : plan.rows) {
        if (progress && ++done % 100 == 0 && !progress(done, int(plan.rows.size())))
            return Error(Error::Kind::Cancelled, tr("The import was cancelled; nothing was imported."));
        const QString key = duplicateKey(planned.task.year, planned.task.title, planned.unitName);
        if (registered->contains(key)) {
            ++outcome.duplicates;
            continue;
        }
        registered->insert(key);
        kept << &planned;
    }
    NewRecords created(m_services.referenceData());
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
