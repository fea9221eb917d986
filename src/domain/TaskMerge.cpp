#include "TaskMerge.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

// A field the editor edits: its column, whether two tasks hold the same in it, and copying it.
struct EditedField
{
    QString column;
    std::function<bool(const Task &, const Task &)> same;
    std::function<void(Task &, const Task &)> copy;
};

template <typename Value>
EditedField field(const QString &column, Value Task::*member)
{
    return {column, [member](const Task &a, const Task &b) { return a.*member == b.*member; },
            [member](Task &to, const Task &from) { to.*member = from.*member; }};
}

const QList<EditedField> &editedFields()
{
    static const QList<EditedField> fields = {
        field(u"kind"_s, &Task::kind),
        field(u"year"_s, &Task::year),
        field(u"end_year"_s, &Task::endYear),
        field(u"unit_id"_s, &Task::unitId),
        field(u"person_id"_s, &Task::personId),
        field(u"title"_s, &Task::title),
        field(u"content"_s, &Task::content),
        field(u"objective"_s, &Task::objective),
        field(u"expected_result"_s, &Task::expectedResult),
        field(u"solutions"_s, &Task::solutions),
        field(u"deadline"_s, &Task::deadline),
        field(u"nature"_s, &Task::nature),
        field(u"field_id"_s, &Task::fieldId),
        field(u"origin"_s, &Task::origin),
    };
    return fields;
}

QStringList changedFrom(const Task &base, const Task &task)
{
    QStringList changed;
    for (const EditedField &edited : editedFields()) {
        if (!edited.same(base, task))
            changed << edited.column;
    }
    return changed;
}

} // namespace

TaskMerge::TaskMerge(Task base, Task theirs, Task mine)
    : m_base(std::move(base))
    , m_theirsTask(std::move(theirs))
    , m_mineTask(std::move(mine))
    , m_theirs(changedFrom(m_base, m_theirsTask))
    , m_mine(changedFrom(m_base, m_mineTask))
{
}

QStringList TaskMerge::collisions() const
{
    QStringList both;
    for (const EditedField &edited : editedFields()) {
        if (m_theirs.contains(edited.column) && m_mine.contains(edited.column)
            && !edited.same(m_theirsTask, m_mineTask))
            both << edited.column;
    }
    return both;
}

Task TaskMerge::merged() const
{
    Task merged = m_theirsTask;
    for (const EditedField &edited : editedFields()) {
        if (m_mine.contains(edited.column))
            edited.copy(merged, m_mineTask);
    }
    return merged;
}

} // namespace dotpha
