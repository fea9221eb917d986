#include "RegistrationImporter.h"

#include "ClosedYearRepository.h"

#include "CsvReader.h"
#include "FieldRepository.h"
#include "PersonRepository.h"
#include "TaskRepository.h"
#include "TextFolding.h"
#include "TransactionRunner.h"
#include "UnitRepository.h"
#include "Validator.h"
#include "VietnameseTerms.h"
#include "XlsxReader.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

using Column = RegistrationColumns::Column;
constexpr int HeaderSearchRows = 20;

template <typename Enum>
std::optional<Enum> enumOfWord(const QString &text)
{
    const QString folded = TextFolding::fold(text);
    for (const Enum value : allValues<Enum>()) {
        if (folded == TextFolding::fold(VietnameseTerms::word(value)) || folded == TextFolding::fold(toCode(value)))
            return value;
    }
    return std::nullopt;
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

class Planner
{
public:
    Planner(Repositories &repositories, ImportPlan &plan) : r(repositories), plan(plan) {}

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
    bool readYear(ImportPlan::Row &row, const QString &text);
    void readOwner(ImportPlan::Row &row, const QStringList &cells);
    void readFields(ImportPlan::Row &row, const QStringList &cells);

    Repositories &r;
    ImportPlan &plan;
    QHash<QString, Unit> unitsByName;
    QHash<QString, QList<Person>> peopleByName;
    QHash<QString, qint64> fieldsByName;
    QSet<QString> existingTasks;
    QSet<int> loadedYears;
    QSet<int> closedYears;   // of the years loaded

public:
    QHash<Column, int> columns;
};

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
    if (const auto kind = enumOfWord<TaskKind>(kindText))
        row.task.kind = *kind;
    else if (!kindText.isEmpty())
        problem(row.row, Column::Kind, RegistrationImporter::tr("“%1” is neither “Tập thể” nor “Cá nhân”.").arg(kindText));
    else
        row.task.kind = row.personName.isEmpty() ? TaskKind::Collective : TaskKind::Individual;

    if (row.unitName.isEmpty()) {
        problem(row.row, Column::Unit, RegistrationImporter::tr("The unit is missing."));
    } else if (const auto found = unitsByName.constFind(TextFolding::fold(row.unitName)); found != unitsByName.cend()) {
        row.task.unitId = found->id;
        row.unitName = found->name;
        row.unitKind = found->kind;
    } else {
        const QString kindWord = cell(cells, Column::OwnerKind);
        row.unitKind = enumOfWord<UnitKind>(kindWord).value_or(guessUnitKind(row.unitName));
        if (!plan.newUnits.contains(row.unitName, Qt::CaseInsensitive))
            plan.newUnits << row.unitName;
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
        if (!row.task.personId && !plan.newPeople.contains(row.personName, Qt::CaseInsensitive))
            plan.newPeople << row.personName;
    }
}

void Planner::readFields(ImportPlan::Row &row, const QStringList &cells)
{
    Task &task = row.task;
    task.title = cell(cells, Column::Title);
    task.content = cell(cells, Column::Content);
    task.expectedResult = cell(cells, Column::ObjectiveOrResult);
    task.solutions = cell(cells, Column::Solutions);
    const QString deadline = cell(cells, Column::Deadline);
    task.deadline = parseDate(deadline);
    if (!deadline.isEmpty() && !task.deadline.isValid())
        problem(row.row, Column::Deadline, RegistrationImporter::tr("“%1” is not a date (dd/mm/yyyy).").arg(deadline));
    const auto readEnum = [&](Column column, auto fallback, auto &target) {
        const QString text = cell(cells, column);
        if (text.isEmpty())
            return;
        if (const auto value = enumOfWord<std::decay_t<decltype(fallback)>>(text))
            target = *value;
        else
            problem(row.row, column, RegistrationImporter::tr("“%1” is not one of the known values.").arg(text));
    };
    readEnum(Column::Nature, TaskNature::Breakthrough, task.nature);
    readEnum(Column::Origin, TaskOrigin::Registered, task.origin);
    readEnum(Column::Status, TaskStatus::Draft, task.status);
    row.fieldName = cell(cells, Column::Field);
    if (!row.fieldName.isEmpty()) {
        if (const auto found = fieldsByName.constFind(TextFolding::fold(row.fieldName)); found != fieldsByName.cend())
            task.fieldId = *found;
        else if (!plan.newFields.contains(row.fieldName, Qt::CaseInsensitive))
            plan.newFields << row.fieldName;
    }
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
    for (const QString &field : {row.task.title, row.task.content, row.task.expectedResult, row.task.solutions}) {
        if (field.size() > Validator::MaxTextLength) {
            problem(rowNumber, Column::Content, RegistrationImporter::tr("A text is longer than %1 characters.").arg(Validator::MaxTextLength));
            break;
        }
    }
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
    plan.rows.append(row);
}

} // namespace

Result<QList<QStringList>> RegistrationImporter::readFile(const QString &path)
{
    if (path.endsWith(u".csv"_s, Qt::CaseInsensitive) || path.endsWith(u".txt"_s, Qt::CaseInsensitive))
        return CsvReader::read(path);
    if (path.endsWith(u".xlsx"_s, Qt::CaseInsensitive))
        return XlsxReader::read(path);
    return Error(Error::Kind::Refused,
                 tr("%1: only .xlsx and .csv files can be imported.").arg(QDir::toNativeSeparators(path)));
}

Result<ImportPlan> RegistrationImporter::plan(const QList<QStringList> &table, const Mapping &mapping, int givenHeaderRow)
{
    ImportPlan plan;
    Planner planner(m_repositories, plan);
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

Result<int> RegistrationImporter::execute(const ImportPlan &plan, bool createMissing, const Progress &progress)
{
    if (plan.needsNewRecords() && !createMissing)
        return Error(Error::Kind::Refused, tr("The file names units, people or fields that do not exist yet. Confirm that "
                                              "they should be created, or correct the file."));
    int imported = 0;
    const Status done = m_repositories.transactions.inTransaction([&]() -> Status {
        QHash<QString, Unit> newUnits;
        QHash<QString, Person> newPeople;
        QHash<QString, qint64> newFields;
        for (const ImportPlan::Row &planned : plan.rows) {
            Task task = planned.task;
            Unit unit{task.unitId, planned.unitName, planned.unitKind, {}, {}, {}, {}, 1};
            if (task.unitId == 0) {
                const QString key = TextFolding::fold(planned.unitName);
                if (!newUnits.contains(key)) {
                    const Result<qint64> id = m_repositories.units.add(unit);
                    if (!id)
                        return id.error();
                    unit.id = *id;
                    newUnits.insert(key, unit);
                }
                unit = newUnits.value(key);
            }
            Person person{task.personId.value_or(0), planned.personName, planned.position, unit.id, 1};
            if (task.kind == TaskKind::Individual && !task.personId) {
                const QString key = TextFolding::fold(planned.personName) + u'|' + QString::number(unit.id);
                if (!newPeople.contains(key)) {
                    const Result<qint64> id = m_repositories.people.add(person);
                    if (!id)
                        return id.error();
                    person.id = *id;
                    newPeople.insert(key, person);
                }
                person = newPeople.value(key);
            }
            if (!planned.fieldName.isEmpty() && !task.fieldId) {
                const QString key = TextFolding::fold(planned.fieldName);
                if (!newFields.contains(key)) {
                    const Result<qint64> id = m_repositories.fields.add(Field{0, planned.fieldName, 0});
                    if (!id)
                        return id.error();
                    newFields.insert(key, *id);
                }
                task.fieldId = newFields.value(key);
            }
            task.takeOwnerSnapshot(unit, task.kind == TaskKind::Individual ? &person : nullptr);
            if (task.kind == TaskKind::Individual && !planned.position.isEmpty())
                task.positionAtRegistration = planned.position;
            if (const Result<qint64> added = m_repositories.tasks.add(task); !added)
                return Error(added.error().kind(), tr("Row %1: %2").arg(planned.row).arg(added.error().message()));
            ++imported;
            if (progress && imported % 100 == 0 && !progress(imported, int(plan.rows.size())))
                return Error(Error::Kind::Refused, tr("The import was cancelled; nothing was imported."));
        }
        return {};
    });
    if (!done)
        return done.error();
    return imported;
}

} // namespace dotpha
