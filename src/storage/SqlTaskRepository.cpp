#include "SqlTaskRepository.h"

#include "FoldedSearch.h"
#include "SqlValue.h"
#include "TextFolding.h"
#include "Validator.h"
#include "VietnameseCollator.h"

#include <QStringList>

#include <limits>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

const QString Columns =
    u"id, year, end_year, kind, unit_id, person_id, unit_name_at_registration, unit_kind_at_registration, "
    "person_name_at_registration, position_at_registration, title, content, objective, expected_result, "
    "solutions, deadline, nature, field_id, origin, status, progress_percent, rating, assessment, "
    "is_sample, version, continues_task_id, score"_s;

// The columns add() and update() write, in the order of writableValues().
const QStringList WrittenColumns = {
    u"year"_s, u"end_year"_s, u"kind"_s, u"unit_id"_s, u"person_id"_s, u"unit_name_at_registration"_s,
    u"unit_kind_at_registration"_s, u"person_name_at_registration"_s, u"position_at_registration"_s,
    u"title"_s, u"content"_s, u"objective"_s, u"expected_result"_s, u"solutions"_s, u"deadline"_s,
    u"nature"_s, u"field_id"_s, u"origin"_s, u"status"_s, u"progress_percent"_s, u"rating"_s,
    u"assessment"_s, u"is_sample"_s, u"continues_task_id"_s, u"search_folded"_s, u"title_sort_key"_s, u"owner_sort_key"_s,
    u"score"_s};


template <typename Enum>
Enum enumFrom(const QVariant &value, Enum fallback)
{
    return fromCode<Enum>(value.toString()).value_or(fallback);
}

Task readTask(const QSqlQuery &query)
{
    Task task;
    task.id = query.value(0).toLongLong();
    task.year = query.value(1).toInt();
    task.endYear = SqlValue::optionalInt(query.value(2));
    task.kind = enumFrom(query.value(3), TaskKind::Collective);
    task.unitId = query.value(4).toLongLong();
    task.personId = SqlValue::optionalId(query.value(5));
    task.unitNameAtRegistration = query.value(6).toString();
    task.unitKindAtRegistration = enumFrom(query.value(7), UnitKind::Other);
    task.personNameAtRegistration = query.value(8).toString();
    task.positionAtRegistration = query.value(9).toString();
    task.title = query.value(10).toString();
    task.content = query.value(11).toString();
    task.objective = query.value(12).toString();
    task.expectedResult = query.value(13).toString();
    task.solutions = query.value(14).toString();
    task.deadline = SqlValue::date(query.value(15));
    task.nature = enumFrom(query.value(16), TaskNature::Breakthrough);
    task.fieldId = SqlValue::optionalId(query.value(17));
    task.origin = enumFrom(query.value(18), TaskOrigin::Registered);
    task.status = enumFrom(query.value(19), TaskStatus::Draft);
    task.progressPercent = query.value(20).toInt();
    task.rating = query.value(21).isNull() ? std::nullopt : fromCode<Rating>(query.value(21).toString());
    task.assessment = query.value(22).toString();
    task.isSample = query.value(23).toBool();
    task.version = query.value(24).toInt();
    task.continuesTaskId = SqlValue::optionalId(query.value(25));
    task.score = SqlValue::optionalInt(query.value(26));
    return task;
}

QString searchText(const Task &task)
{
    return TextFolding::fold(QStringList{task.title, task.unitNameAtRegistration, task.personNameAtRegistration,
                                         task.positionAtRegistration}.join(QLatin1Char(' ')));
}

QString ownerText(const Task &task)
{
    return task.kind == TaskKind::Individual ? task.personNameAtRegistration : task.unitNameAtRegistration;
}

QVariantList writableValues(const Task &task)
{
    return {task.year, SqlValue::of(task.endYear), toCode(task.kind), task.unitId, SqlValue::of(task.personId),
            task.unitNameAtRegistration, toCode(task.unitKindAtRegistration), task.personNameAtRegistration,
            task.positionAtRegistration, task.title.trimmed(), task.content, task.objective,
            task.expectedResult, task.solutions, SqlValue::of(task.deadline), toCode(task.nature),
            SqlValue::of(task.fieldId), toCode(task.origin), toCode(task.status), task.progressPercent,
            task.rating ? QVariant(toCode(*task.rating)) : QVariant(), task.assessment, task.isSample ? 1 : 0,
            SqlValue::of(task.continuesTaskId), searchText(task), VietnameseCollator::sortKey(task.title), VietnameseCollator::sortKey(ownerText(task)),
            SqlValue::of(task.score)};
}

// Share of the time from 1 January of the task's year to its deadline already used on a day, in
// percent, a day at least standing for the whole; ? is the day.
QString elapsedPercent(const SqlConnection &database)
{
    const QString newYear = database.newYearOf(u"year"_s);
    const QString allowed = database.daysBetween(newYear, u"deadline"_s);
    return database.daysBetween(newYear, u"?"_s) + u" * 100.0 / (CASE WHEN %1 < 1 THEN 1 ELSE %1 END)"_s.arg(allowed);
}

QString behindScheduleCondition(const SqlConnection &database, const QDate &day, QVariantList &values)
{
    values << SqlValue::of(day) << SqlValue::of(day) << TaskQuery::BehindScheduleMargin;
    return u"(status = 'approved' AND progress_percent < 100 AND deadline IS NOT NULL AND "
           "(deadline < ? OR "_s + elapsedPercent(database) + u" > progress_percent + ?))"_s;
}

QString dueCondition(const TaskQuery::DueWindow &window, QVariantList &values)
{
    const auto within = [&](const QString &column) {
        values << SqlValue::of(window.to);
        QString condition = u"%1 IS NOT NULL AND %1 <= ?"_s.arg(column);
        if (window.from) {
            condition += u" AND %1 >= ?"_s.arg(column);
            values << SqlValue::of(*window.from);
        }
        return condition;
    };
    const QString deadline = within(u"deadline"_s);
    const QString workItem = within(u"due_on"_s);
    // The work items falling due are found first (on a file through work_item_due), not looked for
    // under each task. A closed year's tasks are done with: an unfinished one goes on as its copy in
    // the next year, which is the one that falls due.
    return u"(status = 'approved' AND progress_percent < 100 AND year NOT IN (SELECT year FROM closed_year) "
           "AND ((%1) OR id IN (SELECT task_id FROM work_item WHERE done_on IS NULL AND %2)))"_s.arg(deadline,
                                                                                                   workItem);
}

QString sortColumn(TaskQuery::SortKey key)
{
    switch (key) {
    case TaskQuery::SortKey::Registration: return u"year"_s;
    case TaskQuery::SortKey::Title: return u"title_sort_key"_s;
    case TaskQuery::SortKey::Owner: return u"owner_sort_key"_s;
    case TaskQuery::SortKey::Kind: return u"kind"_s;
    case TaskQuery::SortKey::Nature: return u"nature"_s;
    case TaskQuery::SortKey::Status: return u"status"_s;
    case TaskQuery::SortKey::Progress: return u"progress_percent"_s;
    case TaskQuery::SortKey::Deadline: return u"deadline"_s;
    case TaskQuery::SortKey::Rating: return u"rating"_s;
    }
    return u"year"_s;
}

bool mayBeEmpty(TaskQuery::SortKey key)
{
    return key == TaskQuery::SortKey::Deadline || key == TaskQuery::SortKey::Rating;
}

// The rows after the task afterTaskId in orderBy's order: past its sort value, or at the same
// value past its id; empty values come first going up and last going down. The task's value is
// read by a subquery, so that any column sorts alike, the binary sort keys included. Every
// parameter is the task's id.
QString keysetCondition(const TaskQuery &query, QVariantList &values)
{
    const QString column = sortColumn(query.sortKey);
    const QString anchor = u"(SELECT %1 FROM task WHERE id = ?)"_s.arg(column);
    const bool ascending = query.sortOrder == Qt::AscendingOrder;
    const QString past = u"(%1, id) %2 (%3, ?)"_s.arg(column, ascending ? u">"_s : u"<"_s, anchor);
    QString condition = past;
    if (mayBeEmpty(query.sortKey) && ascending)
        condition = u"((%1 IS NULL AND ((%2 IS NULL AND id > ?) OR %2 IS NOT NULL)) OR %3)"_s.arg(anchor, column, past);
    else if (mayBeEmpty(query.sortKey))
        condition = u"((%1 IS NOT NULL AND (%3 OR %2 IS NULL)) OR (%1 IS NULL AND %2 IS NULL AND id < ?))"_s.arg(
            anchor, column, past);
    for (qsizetype parameter = condition.count(u'?'); parameter > 0; --parameter)
        values << *query.afterTaskId;
    return condition;
}

QString orderBy(const TaskQuery &query)
{
    const QString column = sortColumn(query.sortKey);
    const bool ascending = query.sortOrder == Qt::AscendingOrder;
    const QString direction = ascending ? u" ASC"_s : u" DESC"_s;
    // Empty first going up, last going down, as SQLite does of itself and a server only when told.
    // Said only of the columns that may be empty: a server walks an index in the order asked for
    // only when it matches the index's (empty last), and stops at the page's last row.
    const QString empty = !mayBeEmpty(query.sortKey) ? QString() : ascending ? u" NULLS FIRST"_s : u" NULLS LAST"_s;
    return column + direction + empty + u", id"_s + direction;
}

// A search is planned for its words: how many tasks hold a word decides whether its trigram index
// or a plain scan finds them sooner (SqlTable::Planning).
SqlTable::Planning planningOf(const TaskQuery &query)
{
    return query.searchText.trimmed().isEmpty() ? SqlTable::Planning::Once : SqlTable::Planning::ForEachRun;
}

QString whereClause(const SqlConnection &database, const TaskQuery &query, QVariantList &values)
{
    QStringList conditions{u"deleted_at IS NULL"_s};
    if (query.year) {
        conditions << u"year = ?"_s;
        values << *query.year;
    }
    if (query.kind) {
        conditions << u"kind = ?"_s;
        values << toCode(*query.kind);
    }
    if (query.unitId) {
        conditions << u"unit_id = ?"_s;
        values << *query.unitId;
    }
    if (query.status) {
        conditions << u"status = ?"_s;
        values << toCode(*query.status);
    }
    if (query.unitKind) {
        conditions << u"unit_kind_at_registration = ?"_s;
        values << toCode(*query.unitKind);
    }
    if (query.fieldId) {
        conditions << u"field_id = ?"_s;
        values << *query.fieldId;
    }
    if (query.behindScheduleOn)
        conditions << behindScheduleCondition(database, *query.behindScheduleOn, values);
    if (query.due)
        conditions << dueCondition(*query.due, values);
    conditions << FoldedSearch::condition(u"search_folded"_s, query.searchText, values);
    return conditions.join(u" AND "_s);
}

} // namespace

SqlTaskRepository::SqlTaskRepository(SqlConnection &database)
    : m_table(database, u"task"_s, tr("task"))
{
}

Result<QList<qint64>> SqlTaskRepository::addMany(const QList<Task> &tasks)
{
    QList<QVariantList> rows;
    rows.reserve(tasks.size());
    for (const Task &task : tasks) {
        if (const Status valid = Validator::check(task); !valid)
            return valid.error();
        rows << writableValues(task);
    }
    return m_table.insertMany(WrittenColumns, rows, {u"created_at"_s, u"updated_at"_s}, {m_table.database().now(), m_table.database().now()});
}

Result<qint64> SqlTaskRepository::add(const Task &task)
{
    if (const Status valid = Validator::check(task); !valid)
        return valid.error();
    const QString placeholders = QStringList(WrittenColumns.size(), u"?"_s).join(u", "_s);
    return m_table.insert(u"INSERT INTO task ("_s + WrittenColumns.join(u", "_s) + u", created_at, updated_at) VALUES ("_s
                              + placeholders + u", "_s + m_table.database().now() + u", "_s + m_table.database().now() + u")"_s,
                          writableValues(task));
}

Result<int> SqlTaskRepository::update(const Task &task)
{
    if (const Status valid = Validator::check(task); !valid)
        return valid.error();
    return m_table.update(u"UPDATE task SET "_s + WrittenColumns.join(u" = ?, "_s) + u" = ?, updated_at = "_s + m_table.database().now()
                              + u", version = version + 1 WHERE id = ? AND version = ?"_s,
                          writableValues(task), task.id, task.version);
}

Status SqlTaskRepository::remove(qint64 id, int version)
{
    const Result<int> removed = m_table.update(u"UPDATE task SET deleted_at = "_s + m_table.database().now()
                                                   + u", version = version + 1 WHERE deleted_at IS NULL AND id = ? "
                                                     "AND version = ?"_s,
                                               {}, id, version);
    return removed ? Status() : Status(removed.error());
}

Result<int> SqlTaskRepository::restore(qint64 id, int version)
{
    return m_table.update(u"UPDATE task SET deleted_at = NULL, version = version + 1 WHERE id = ? AND version = ?"_s,
                          {}, id, version);
}

// Grouped in the order of the task_tally index, which holds every column read: one walk of the
// index, with no table rows read and nothing sorted.
Result<QList<TaskTally>> SqlTaskRepository::tally(int year, const QDate &today)
{
    QVariantList values;
    const QString behind = behindScheduleCondition(m_table.database(), today, values);
    values << year;
    QList<TaskTally> tallies;
    const Status done = m_table.run(
        u"SELECT unit_id, status, kind, unit_kind_at_registration, count(*), sum(CASE WHEN "_s + behind
            + u" THEN 1 ELSE 0 END) FROM task WHERE year = ? AND deleted_at IS NULL "
              "GROUP BY unit_id, status, kind, unit_kind_at_registration"_s,
        values, [&](const QSqlQuery &row) {
            tallies.append({row.value(0).toLongLong(), enumFrom(row.value(1), TaskStatus::Draft),
                            enumFrom(row.value(2), TaskKind::Collective), enumFrom(row.value(3), UnitKind::Agency),
                            row.value(4).toInt(), row.value(5).toInt()});
        });
    if (!done)
        return done.error();
    return tallies;
}

Result<QList<std::pair<QString, QString>>> SqlTaskRepository::registrationKeys(int year)
{
    return m_table.select<std::pair<QString, QString>>(
        u"SELECT title, unit_name_at_registration FROM task WHERE year = ? AND deleted_at IS NULL"_s, {year},
        [](const QSqlQuery &row) { return std::pair{row.value(0).toString(), row.value(1).toString()}; });
}

Result<Task> SqlTaskRepository::find(qint64 id)
{
    return m_table.selectOne<Task>(u"SELECT "_s + Columns + u" FROM task WHERE id = ? AND deleted_at IS NULL"_s, {id},
                                   readTask);
}

Result<Task> SqlTaskRepository::findInRecycleBin(qint64 id)
{
    return m_table.selectOne<Task>(u"SELECT "_s + Columns + u" FROM task WHERE id = ? AND deleted_at IS NOT NULL"_s, {id},
                                   readTask);
}

Result<QList<Task>> SqlTaskRepository::list(const TaskQuery &query)
{
    QVariantList values;
    QString sql = u"SELECT "_s + Columns + u" FROM task WHERE "_s + whereClause(m_table.database(), query, values);
    if (query.afterTaskId)
        sql += u" AND "_s + keysetCondition(query, values);
    sql += u" ORDER BY "_s + orderBy(query) + u" LIMIT ?"_s;
    // No limit as both databases take it: the largest one (SQLite's -1 is an error on a server).
    values << (query.limit >= 0 ? qint64(query.limit) : std::numeric_limits<qint64>::max());
    return m_table.select<Task>(sql, values, readTask, planningOf(query));
}

Result<int> SqlTaskRepository::count(const TaskQuery &query)
{
    QVariantList values;
    const QString sql = u"SELECT count(*) FROM task WHERE "_s + whereClause(m_table.database(), query, values);
    int total = 0;
    const Status done =
        m_table.run(sql, values, [&](const QSqlQuery &row) { total = row.value(0).toInt(); }, planningOf(query));
    if (!done)
        return done.error();
    return total;
}

} // namespace dotpha
