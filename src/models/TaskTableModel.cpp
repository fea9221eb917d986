#include "TaskTableModel.h"

#include "ListChanges.h"

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
    if (changes.everything || changes.touches(u"field"_s)) {
        m_fieldNamesCurrent = false;
        reload();
        return;
    }
    if (!changes.tasksMoved.isEmpty() || (placesFollowEdits() && !changes.tasks.isEmpty())) {
        if (!readAgainInPlace())
            reload();
        return;
    }
    for (const qint64 id : changes.tasks)
        refreshTask(id);
}

// Whether an edit that moves no task to another list (a title, a progress, a deadline, a rating)
// can change the rows' order: when they are sorted by such a value. Then any change re-reads the
// rows fetched, so that they stay in the order stored, from which the next page continues (keyset
// paging): the last row's new value would otherwise skip or repeat the rows between. In
// registration order an edited row stays where it is, even when it no longer matches a search.
bool TaskTableModel::placesFollowEdits() const
{
    return m_query.sortKey != TaskQuery::SortKey::Registration;
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
dotpha::Status TaskTableModel::loadFields()
{
    if (m_fieldNamesCurrent)
        return {};
    const Result<QList<dotpha::Field>> fields = m_fields.all();
    if (!fields)
        return fields.error();
    m_fieldNames.clear();
    for (const dotpha::Field &field : *fields)
        m_fieldNames.insert(field.id, field.name);
    m_fieldNamesCurrent = true;
    return {};
}

void TaskTableModel::setQuery(const TaskQuery &query)
{
    m_query = query;
    m_query.afterTaskId.reset();
    m_query.limit = PageSize;
    readAgain(PageSize);
}

void TaskTableModel::reload()
{
    Q_EMIT aboutToReload();
    readAgain(std::max<int>(PageSize, int(m_rows.size())));
    Q_EMIT reloaded();
}

Result<TaskTableModel::Rows> TaskTableModel::readRows(int wanted)
{
    if (const dotpha::Status loaded = loadFields(); !loaded)
        return loaded.error();
    TaskQuery first = m_query;
    first.limit = wanted;
    const Result<int> total = m_tasks.count(first);
    if (!total)
        return total.error();
    Result<QList<Task>> rows = m_tasks.list(first);
    if (!rows)
        return rows.error();
    return Rows{*total, std::move(rows).value()};
}

void TaskTableModel::readAgain(int wanted)
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (Result<Rows> read = readRows(wanted)) {
        m_total = read->total;
        m_rows = std::move(read->rows);
    } else {
        Q_EMIT loadFailed(read.error());
    }
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
}

// The rows fetched so far read again, and those that left or came removed and inserted where they
// are (ListChanges), the others updated: a view keeps its selection and scroll position. False when
// rows changed places among themselves, which only reading the list afresh shows.
bool TaskTableModel::readAgainInPlace()
{
    Result<Rows> read = readRows(std::max<int>(PageSize, int(m_rows.size())));
    if (!read) {
        Q_EMIT loadFailed(read.error());
        return true;
    }
    const auto idsOf = [](const QList<Task> &tasks) {
        QList<qint64> ids;
        ids.reserve(tasks.size());
        for (const Task &task : tasks)
            ids << task.id;
        return ids;
    };
    const std::optional<ListChanges> changes = ListChanges::between(idsOf(m_rows), idsOf(read->rows));
    if (!changes)
        return false;
    for (const int row : changes->removedRows) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    for (const int row : changes->insertedRows) {
        beginInsertRows({}, row, row);
        m_rows.insert(row, read->rows.at(row));
        endInsertRows();
    }
    m_rows = std::move(read->rows);   // the same tasks in the same order now, as stored
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    m_total = read->total;
    Q_EMIT totalCountChanged(m_total);
    return true;
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
    if (const dotpha::Status loaded = loadFields(); !loaded) {
        Q_EMIT loadFailed(loaded.error());
        return;
    }
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
    if (!m_rows.isEmpty())   // none when the list emptied between its count and its rows
        page.afterTaskId = m_rows.constLast().id;
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
    case Rating: return ratingText(task);
    }
    return {};
}

QString TaskTableModel::ratingText(const Task &task)
{
    if (!task.rating)
        return {};
    if (!task.score)
        return EnumNames::name(*task.rating);
    // The score first: a narrow column elides the level's long name, not the number.
    return tr("%1 points – %2").arg(*task.score).arg(EnumNames::name(*task.rating));
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
