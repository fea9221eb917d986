#include "ChangeSet.h"

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

// The columns of a task that decide which lists and groups of the navigator it is in. Not those
// a search or the sort reads (the title, the progress): a task edited stays where it is shown,
// with its new values, rather than leave the list under the user's hands.
bool movesTheTask(const QString &field)
{
    static const QSet<QString> placing = {u"year"_s,      u"status"_s,   u"kind"_s,      u"unit_id"_s,
                                          u"person_id"_s, u"field_id"_s, u"deleted_at"_s};
    return placing.contains(field);
}

} // namespace

ChangeSet ChangeSet::ofTasks(const QSet<qint64> &ids)
{
    ChangeSet changes;
    changes.tasks = ids;
    changes.tasksMoved = ids;
    if (!ids.isEmpty())
        changes.tables.insert(u"task"_s);
    return changes;
}

void ChangeSet::add(const AuditEntry &entry)
{
    tables.insert(entry.entity);
    lastRecordId = std::max(lastRecordId, entry.id);
    if (entry.taskId)
        tasks.insert(*entry.taskId);
    if (entry.entity == u"task"_s && (entry.action != AuditAction::Update || movesTheTask(entry.field)))
        tasksMoved.insert(entry.entityId);
}

} // namespace dotpha
