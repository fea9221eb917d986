#include "SqlProgressNoteRepository.h"

#include "SqlValue.h"
#include "Validator.h"

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

ProgressNote readNote(const QSqlQuery &query)
{
    ProgressNote note;
    note.id = query.value(0).toLongLong();
    note.taskId = query.value(1).toLongLong();
    note.notedOn = SqlValue::date(query.value(2));
    note.percent = SqlValue::optionalInt(query.value(3));
    note.text = query.value(4).toString();
    note.authorId = SqlValue::optionalId(query.value(5));
    note.version = query.value(6).toInt();
    return note;
}

QVariantList writableValues(const ProgressNote &note)
{
    return {note.taskId, SqlValue::of(note.notedOn), SqlValue::of(note.percent), note.text,
            SqlValue::of(note.authorId)};
}

} // namespace

SqlProgressNoteRepository::SqlProgressNoteRepository(SqlConnection &database)
    : m_table(database, u"progress_note"_s, tr("progress note"))
{
}

Result<qint64> SqlProgressNoteRepository::add(const ProgressNote &note)
{
    if (const Status valid = Validator::check(note); !valid)
        return valid.error();
    return m_table.insert(u"INSERT INTO progress_note (task_id, noted_on, percent, text, author_id) "
                          "VALUES (?, ?, ?, ?, ?)"_s, writableValues(note));
}

Result<int> SqlProgressNoteRepository::update(const ProgressNote &note)
{
    if (const Status valid = Validator::check(note); !valid)
        return valid.error();
    return m_table.update(u"UPDATE progress_note SET task_id = ?, noted_on = ?, percent = ?, text = ?, "
                          "author_id = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
                          writableValues(note), note.id, note.version);
}

Status SqlProgressNoteRepository::remove(qint64 id, int version)
{
    return m_table.remove(id, version);
}

Result<QList<ProgressNote>> SqlProgressNoteRepository::ofTask(qint64 taskId)
{
    return m_table.select<ProgressNote>(u"SELECT id, task_id, noted_on, percent, text, author_id, version "
                                        "FROM progress_note WHERE task_id = ? ORDER BY noted_on, id"_s,
                                        {taskId}, readNote);
}

Result<QList<ProgressNote>> SqlProgressNoteRepository::ofYearUpTo(int year, const QDate &day)
{
    return m_table.select<ProgressNote>(
        u"SELECT n.id, n.task_id, n.noted_on, n.percent, n.text, n.author_id, n.version FROM progress_note n "
        "JOIN task t ON t.id = n.task_id WHERE t.year = ? AND n.noted_on <= ? ORDER BY n.task_id, n.noted_on, n.id"_s,
        {year, SqlValue::of(day)}, readNote);
}

} // namespace dotpha
