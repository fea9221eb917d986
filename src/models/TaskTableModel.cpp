#include "TaskTableModel.h"

#include "EnumNames.h"
#include "FieldRepository.h"
#include "TaskRepository.h"
#include "ChangeFeed.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace dotpha {

TaskTableModel::TaskTableModel(TaskRepository &tasks, FieldRepository &fields, ChangeFeed &feed, QObject *parent)
    : QAbstractTableModel(parent)
    , m_tasks(tasks)
    , m_fields(fields)
{
    connect(&feed, &ChangeFeed::changed, this, &TaskTableModel::follow);
}

void TaskTableModel::follow(const ChangeSet &changes)
{
    if (changes.everything || changes.touches(u"field"_s))
        m_fieldNamesCurrent = false;
    if (changes.everything || !changes.tasksMoved.isEmpty() || changes.touches(u"field"_s)) {
        reload();
        return;
    }
    for (const qint64 id : changes.tasks)
        refreshTask(id);
}

QString TaskTableModel::ownerText(const Task &task)
{
    if (task.kind == TaskKind::Collective)
        return task.unitNameAtRegistration;
    if (task.positionAtRegistration.isEmpty())
        return task.personNameAtRegistration;
    return task.personNameAtRegistration + u" ("_s + task.positionAtRegistration + u")"_s;
}

// Read once, then again only when the feed says the fields changed: not at every keystroke of a
// search.
bool TaskTableModel::loadFields()
{
    if (m_fieldNamesCurrent)
        return true;
    const Result<QList<dotpha::Field>> fields = m_fields.all();
    if (!fields) {
        Q_EMIT loadFailed(fields.error());
        return false;
    }
    m_fieldNames.clear();
    for (const dotpha::Field &field : *fields)
        m_fieldNames.insert(field.id, field.name);
    m_fieldNamesCurrent = true;
    return true;
}

void TaskTableModel::setQuery(const TaskQuery &query)
{
    m_query = query;
    m_query.offset = 0;
    m_query.limit = PageSize;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (loadFields()) {
        const Result<int> total = m_tasks.count(m_query);
        const Result<QList<Task>> page = total ? m_tasks.list(m_query) : Result<QList<Task>>(total.error());
        if (page) {
            m_total = *total;
            m_rows = *page;
        } else {
            Q_EMIT loadFailed(page.error());
        }
    }
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
}

void TaskTableModel::reload()
{
    Q_EMIT aboutToReload();
    const int wanted = std::max<int>(PageSize, int(m_rows.size()));
    setQuery(m_query);
    while (m_rows.size() < wanted && canFetchMore({}))
        fetchMore({});
    Q_EMIT reloaded();
}

const Task *TaskTableModel::taskAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int TaskTableModel::rowOf(qint64 taskId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == taskId)
            return row;
    }
    return -1;
}

void TaskTableModel::refreshTask(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const Result<Task> task = m_tasks.find(id);
    if (!task) {
        if (task.error().kind() == Error::Kind::NotFound)
            reload();   // removed meanwhile
        else
            Q_EMIT loadFailed(task.error());
        return;
    }
    loadFields();
    m_rows[row] = *task;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TaskTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void TaskTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    TaskQuery page = m_query;
    page.offset = int(m_rows.size());
    const Result<QList<Task>> rows = m_tasks.list(page);
    if (!rows) {
        Q_EMIT loadFailed(rows.error());
        return;
    }
    if (rows->isEmpty()) {   // the table shrank under us: stop fetching
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows.append(*rows);
    endInsertRows();
}

void TaskTableModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, TaskQuery::SortKey> keys = {
        {Number, TaskQuery::SortKey::Registration}, {Kind, TaskQuery::SortKey::Kind},
        {Owner, TaskQuery::SortKey::Owner},         {Title, TaskQuery::SortKey::Title},
        {Nature, TaskQuery::SortKey::Nature},       {Status, TaskQuery::SortKey::Status},
        {Progress, TaskQuery::SortKey::Progress},   {Deadline, TaskQuery::SortKey::Deadline},
        {Rating, TaskQuery::SortKey::Rating}};
    TaskQuery query = m_query;
    query.sortKey = keys.value(column, TaskQuery::SortKey::Registration);
    query.sortOrder = order;
    setQuery(query);
}

QVariant TaskTableModel::displayText(const Task &task, int row, int column) const
{
    switch (column) {
    case Number: return row + 1;
    case Kind: return EnumNames::name(task.kind);
    case Owner: return ownerText(task);
    case Title: return task.title;
    case Nature: return EnumNames::name(task.nature);
    case Field: return task.fieldId ? m_fieldNames.value(*task.fieldId) : QString();
    case Status: return EnumNames::name(task.status);
    case Progress: return u"%1%"_s.arg(task.progressPercent);
    case Deadline: return task.deadline.isValid() ? task.deadline.toString(u"dd/MM/yyyy"_s) : QString();
    case Rating: return task.rating ? EnumNames::name(*task.rating) : QString();
    }
    return {};
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    const Task *task = index.isValid() ? taskAt(index.row()) : nullptr;
    if (!task)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*task, index.row(), index.column());
    case Qt::ToolTipRole:
        // The whole text of a cell its column may elide.
        return index.column() != Number ? displayText(*task, index.row(), index.column()) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Number || index.column() == Progress
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case TaskIdRole:
        return task->id;
    default:
        return {};
    }
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("No.");
    case Kind: return tr("Kind");
    case Owner: return tr("Unit or person");
    case Title: return tr("Task");
    case Nature: return tr("Nature");
    case Field: return tr("Field");
    case Status: return tr("Status");
    case Progress: return tr("Progress");
    case Deadline: return tr("Deadline");
    case Rating: return tr("Rating");
    }
    return {};
}

} // namespace dotpha
