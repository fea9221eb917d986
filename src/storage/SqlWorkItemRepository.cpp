#include "SqlWorkItemRepository.h"

#include "SqlValue.h"
#include "Validator.h"

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

WorkItem readItem(const QSqlQuery &query)
{
    WorkItem item;
    item.id = query.value(0).toLongLong();
    item.taskId = query.value(1).toLongLong();
    item.position = query.value(2).toInt();
    item.title = query.value(3).toString();
    item.dueOn = SqlValue::date(query.value(4));
    item.doneOn = SqlValue::date(query.value(5));
    item.version = query.value(6).toInt();
    return item;
}

QVariantList writableValues(const WorkItem &item)
{
    return {item.taskId, item.position, item.title.trimmed(), SqlValue::of(item.dueOn), SqlValue::of(item.doneOn)};
}

} // namespace

SqlWorkItemRepository::SqlWorkItemRepository(SqlConnection &database)
    : m_table(database, u"work_item"_s, tr("work item"))
{
}

Result<qint64> SqlWorkItemRepository::add(const WorkItem &item)
{
    if (const Status valid = Validator::check(item); !valid)
        return valid.error();
    return m_table.insert(u"INSERT INTO work_item (task_id, position, title, due_on, done_on) "
                          "VALUES (?, ?, ?, ?, ?)"_s, writableValues(item));
}

Result<int> SqlWorkItemRepository::update(const WorkItem &item)
{
    if (const Status valid = Validator::check(item); !valid)
        return valid.error();
    return m_table.update(u"UPDATE work_item SET task_id = ?, position = ?, title = ?, due_on = ?, done_on = ?, "
                          "version = version + 1 WHERE id = ? AND version = ?"_s,
                          writableValues(item), item.id, item.version);
}

Status SqlWorkItemRepository::remove(qint64 id, int version)
{
    return m_table.remove(id, version);
}

Result<QList<WorkItem>> SqlWorkItemRepository::ofTask(qint64 taskId)
{
    return m_table.select<WorkItem>(u"SELECT id, task_id, position, title, due_on, done_on, version "
                                    "FROM work_item WHERE task_id = ? ORDER BY position, id"_s,
                                    {taskId}, readItem);
}

} // namespace dotpha
