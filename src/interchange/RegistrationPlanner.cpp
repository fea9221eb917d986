#include "RegistrationPlanner.h"

#include "TaskReadiness.h"
#include "TextFolding.h"
#include "Validator.h"
#include "ValueWords.h"
#include "VietnameseTerms.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

using Column = RegistrationColumns::Column;
constexpr int ProgressEvery = 256;

// Adds name to names once, whatever its accents and case.
void addOnce(QStringList &names, QSet<QString> &seen, const QString &name)
{
    const QString folded = TextFolding::fold(name);
    if (!seen.contains(folded)) {
        seen.insert(folded);
        names << name;
    }
}

// A year, or a span of years ("2025-2027").
QRegularExpressionMatch matchYears(const QString &text)
{
    static const QRegularExpression years(u"^(\\d{4})(?:\\s*[-–]\\s*(\\d{4}))?$"_s);
    return years.match(text);
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

bool isDecision(TaskStatus status)
{
    return status == TaskStatus::Approved || status == TaskStatus::Rejected || status == TaskStatus::Returned;
}

bool isEmptyRow(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.trimmed().isEmpty(); });
}

} // namespace

int RegistrationPlanner::findHeaderRow(const QList<QStringList> &table)
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

Result<ImportLayout> RegistrationPlanner::layoutOf(const QList<QStringList> &table, const Mapping &mapping,
                                                   int givenHeaderRow)
{
    ImportLayout layout;
    layout.headerRow = givenHeaderRow >= 0 ? givenHeaderRow : findHeaderRow(table);
    if (layout.headerRow < 0 && mapping.isEmpty())
        return Error(Error::Kind::Refused,
                     tr("No header row was found in the first %1 rows. The sheet needs at least the columns "
                        "“Tên việc”, “Đơn vị” and “Năm”.").arg(HeaderSearchRows));
    const QStringList headers = layout.headerRow >= 0 ? table.value(layout.headerRow) : QStringList();
    for (int index = 0; index < headers.size(); ++index) {
        if (const auto column = RegistrationColumns::columnOf(headers.at(index)))
            layout.columns.insert(*column, index);
        else if (!headers.at(index).trimmed().isEmpty())
            layout.unrecognisedHeaders << headers.at(index).trimmed();
    }
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        layout.columns.insert(it.value(), it.key());
    return layout;
}

QSet<int> RegistrationPlanner::yearsIn(const QList<QStringList> &table, const ImportLayout &layout)
{
    QSet<int> years;
    const int column = layout.columns.value(Column::Year, -1);
    if (column < 0)
        return years;
    // A file names few years in many rows: each distinct text is matched once.
    QSet<QString> texts;
    for (qsizetype row = layout.headerRow + 1; row < table.size(); ++row)
        texts.insert(table.at(row).value(column));
    for (const QString &text : std::as_const(texts)) {
        if (const QRegularExpressionMatch match = matchYears(text.trimmed()); match.hasMatch())
            years.insert(match.captured(1).toInt());
    }
    return years;
}

RegistrationPlanner::RegistrationPlanner(ImportReferenceData data, ImportLayout layout, bool recordDecisions,
                                         ValueMapping values, Reader reader)
    : m_data(std::move(data)), m_layout(std::move(layout)), m_recordDecisions(recordDecisions), m_reader(reader),
      m_values(std::move(values)), m_registrations(m_data.registrations)
{
}

std::optional<ImportPlan> RegistrationPlanner::plan(const QList<QStringList> &table, const Progress &progress) &&
{
    m_plan.headerRow = m_layout.headerRow + 1;
    m_plan.unrecognisedHeaders = m_layout.unrecognisedHeaders;
    const int total = int(table.size());
    for (int index = m_layout.headerRow + 1; index < total; ++index) {
        if (progress && index % ProgressEvery == 0 && !progress(index, total))
            return std::nullopt;
        if (!isEmptyRow(table.at(index)))
            readRow(index + 1, table.at(index));
    }
    return std::move(m_plan);
}

QString RegistrationPlanner::cell(const QStringList &cells, Column column) const
{
    const int index = m_layout.columns.value(column, -1);
    return index >= 0 ? cells.value(index).trimmed() : QString();
}

void RegistrationPlanner::problem(int row, Column column, const QString &message)
{
    m_plan.problems.append({row, RegistrationColumns::header(column), message});
}

// Our value for what a cell writes, through the words we accept or the user's mapping; a value
// outside our words is noted for the mapping step and, unmapped and with refuseUnknown, refused
// with the accepted ones listed.
template <typename Enum>
std::optional<Enum> RegistrationPlanner::valueOf(int row, Column column, const QString &text, bool refuseUnknown)
{
    if (const std::optional<Enum> value = ValueWords::match<Enum>(text))
        return value;
    const QStringList accepted = ValueWords::accepted<Enum>();
    const QHash<QString, QString> &mapped = m_values.value(column);
    if (const auto found = mapped.constFind(ValueWords::key(text)); found != mapped.cend()) {
        if (const std::optional<Enum> value = ValueWords::match<Enum>(*found)) {
            noteValue(column, text, accepted, *found);
            return value;
        }
    }
    noteValue(column, text, accepted, QString());
    if (!refuseUnknown)
        return std::nullopt;
    if (m_reader == Reader::Window)
        problem(row, column, tr("“%1” is not one of this column's values: %2. Write one of them in the file, or "
                                "choose which one it means in the list of the file's own values below.")
                                 .arg(text, accepted.join(u"; "_s)));
    else
        problem(row, column, tr("“%1” is not one of this column's values: %2. Write one of them in the file, or say "
                                "which one it means with --map \"%3:%1=…\".")
                                 .arg(text, accepted.join(u"; "_s), RegistrationColumns::header(column)));
    return std::nullopt;
}

void RegistrationPlanner::noteValue(Column column, const QString &text, const QStringList &accepted,
                                    const QString &mappedTo)
{
    const QString key = QString::number(int(column)) + u'|' + ValueWords::key(text);
    const auto found = m_valueIndex.constFind(key);
    if (found != m_valueIndex.cend()) {
        ++m_plan.unknownValues[*found].count;
        return;
    }
    m_valueIndex.insert(key, m_plan.unknownValues.size());
    m_plan.unknownValues.append({column, RegistrationColumns::header(column), text, 1, accepted, mappedTo});
}

bool RegistrationPlanner::readYear(ImportPlan::Row &row, const QString &text)
{
    const QRegularExpressionMatch match = matchYears(text);
    if (!match.hasMatch()) {
        problem(row.row, Column::Year, text.isEmpty() ? tr("The year is missing.") : tr("“%1” is not a year.").arg(text));
        return false;
    }
    row.task.year = match.captured(1).toInt();
    if (!match.captured(2).isEmpty())
        row.task.endYear = match.captured(2).toInt();
    if (m_data.closedYears.contains(row.task.year)) {
        problem(row.row, Column::Year, tr("The year %1 is closed: nothing more can be registered in it.").arg(row.task.year));
        return false;
    }
    return true;
}

void RegistrationPlanner::readOwner(ImportPlan::Row &row, const QStringList &cells)
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
        problem(row.row, Column::Unit, tr("The unit is missing."));
    } else if (const auto found = m_data.unitsByName.constFind(TextFolding::fold(row.unitName));
               found != m_data.unitsByName.cend()) {
        row.task.unitId = found->id;
        row.unitName = found->name;
        row.unitKind = found->kind;
    } else {
        const QString kindWord = cell(cells, Column::OwnerKind);
        // An unknown kind is guessed from the name ("Xã ...") rather than refused.
        const std::optional<UnitKind> kind =
            kindWord.isEmpty() ? std::nullopt : valueOf<UnitKind>(row.row, Column::OwnerKind, kindWord, false);
        row.unitKind = kind.value_or(guessUnitKind(row.unitName));
        addOnce(m_plan.newUnits, m_newNames[0], row.unitName);
    }
    if (row.task.kind == TaskKind::Individual)
        readPerson(row);
}

void RegistrationPlanner::readPerson(ImportPlan::Row &row)
{
    if (row.personName.isEmpty()) {
        problem(row.row, Column::FullName, tr("An individual task needs the person's name."));
        return;
    }
    const QList<Person> namesakes = m_data.peopleByName.value(TextFolding::fold(row.personName));
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
        addOnce(m_plan.newPeople, m_newNames[1], row.personName);
}

void RegistrationPlanner::readFields(ImportPlan::Row &row, const QStringList &cells)
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
        problem(row.row, Column::Deadline, tr("“%1” is not a date (dd/mm/yyyy).").arg(deadline));
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
        if (const auto found = m_data.fieldsByName.constFind(TextFolding::fold(row.fieldName));
            found != m_data.fieldsByName.cend())
            task.fieldId = *found;
        else
            addOnce(m_plan.newFields, m_newNames[2], row.fieldName);
    }
}

// A reviewer's decision is not a registration's to bring along: it is recorded as a decision,
// when an administrator asked for that, or the row is refused.
void RegistrationPlanner::readStatus(ImportPlan::Row &row)
{
    if (!isDecision(row.task.status))
        return;
    ++m_plan.reportedDecisions;
    if (!m_recordDecisions) {
        problem(row.row, Column::Status,
                tr("“%1” is a reviewer's decision: an imported row becomes a draft or a submitted registration. Leave "
                   "the column empty or write “%2” or “%3”; an administrator may instead record the file's decisions.")
                    .arg(VietnameseTerms::word(row.task.status), VietnameseTerms::word(TaskStatus::Draft),
                         VietnameseTerms::word(TaskStatus::Submitted)));
        return;
    }
    // Stored as a draft, then decided: the decision was taken outside Dotpha, so the checks a
    // registration passes before it goes to review do not apply to it.
    row.decision = row.task.status;
    row.task.status = TaskStatus::Draft;
}

void RegistrationPlanner::checkLengths(const ImportPlan::Row &row)
{
    const Task &task = row.task;
    for (const auto &[column, text] : {std::pair{Column::Title, &task.title}, std::pair{Column::Content, &task.content},
                                       std::pair{Column::Objective, &task.objective},
                                       std::pair{Column::ExpectedResult, &task.expectedResult},
                                       std::pair{Column::Solutions, &task.solutions}}) {
        if (text->size() > Validator::MaxTextLength)
            problem(row.row, column, tr("The text is %1 characters long; at most %2 are kept.")
                                         .arg(text->size()).arg(Validator::MaxTextLength));
    }
}

// A submitted registration must be ready for review, as one submitted in the window is.
void RegistrationPlanner::checkReadiness(const ImportPlan::Row &row)
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
        problem(row.row, Column::Status, tr("The registration cannot be submitted yet: %1").arg(missing.join(u' ')));
}

void RegistrationPlanner::readRow(int rowNumber, const QStringList &cells)
{
    ImportPlan::Row row{rowNumber, {}, {}, UnitKind::Other, {}, {}, {}, std::nullopt};
    const qsizetype problemsBefore = m_plan.problems.size();
    readYear(row, cell(cells, Column::Year));
    readOwner(row, cells);
    readFields(row, cells);
    if (row.task.title.isEmpty())
        problem(rowNumber, Column::Title, tr("The title is missing."));
    checkLengths(row);
    if (m_plan.problems.size() == problemsBefore)
        checkReadiness(row);
    if (m_plan.problems.size() > problemsBefore)
        return;
    const QString key = ImportReferenceData::registrationKey(row.task.year, row.task.title, row.unitName);
    if (m_registrations.contains(key)) {
        ++m_plan.duplicates;
        m_plan.problems.append({rowNumber, QString(),
                                tr("The same task of the same unit is already registered for this year; the row is "
                                   "skipped."),
                                true});
        return;
    }
    m_registrations.insert(key);
    m_plan.decisions += row.decision ? 1 : 0;
    m_plan.rows.append(row);
}

} // namespace dotpha
