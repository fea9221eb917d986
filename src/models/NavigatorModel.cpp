#include "NavigatorModel.h"

#include "ChangeFeed.h"
#include "EnumNames.h"
#include "TaskRepository.h"
#include "UnitRepository.h"

#include <QHash>

#include <functional>

using namespace Qt::StringLiterals;

namespace dotpha {

NavigatorModel::NavigatorModel(UnitRepository &units, TaskRepository &tasks, ChangeFeed &feed, QObject *parent)
    : QAbstractItemModel(parent)
    , m_units(units)
    , m_tasks(tasks)
{
    connect(&feed, &ChangeFeed::changed, this, &NavigatorModel::follow);
}

void NavigatorModel::follow(const ChangeSet &changes)
{
    if (m_year == 0)
        return;
    if (changes.touches(u"unit"_s)) {
        Q_EMIT aboutToRebuild();
        setYear(m_year, m_today);
        Q_EMIT rebuilt();
    } else if (!changes.tasks.isEmpty()) {
        refreshCounts();
    }
}

QString NavigatorModel::keyOf(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    if (!node)
        return {};
    if (node->filter.unitId)
        return u"unit:"_s + QString::number(*node->filter.unitId);
    return u"entry:"_s + node->label;
}

QModelIndex NavigatorModel::indexOfKey(const QString &key) const
{
    const std::function<QModelIndex(const QModelIndex &)> search = [&](const QModelIndex &parent) -> QModelIndex {
        for (int row = 0; row < rowCount(parent); ++row) {
            const QModelIndex child = index(row, 0, parent);
            if (keyOf(child) == key)
                return child;
            if (const QModelIndex found = search(child); found.isValid())
                return found;
        }
        return {};
    };
    return key.isEmpty() ? QModelIndex() : search({});
}

void NavigatorModel::setYear(int year, const QDate &today)
{
    m_year = year;
    m_today = today;
    beginResetModel();
    build();
    endResetModel();
    refreshCounts();
}

void NavigatorModel::setDueWithinDays(int days)
{
    m_dueWithinDays = days;
    refreshCounts();
}

int NavigatorModel::addNode(Node node)
{
    m_nodes.push_back(std::move(node));
    const int added = int(m_nodes.size() - 1);
    const int parent = m_nodes.back().parent;
    (parent < 0 ? m_roots : m_nodes[parent].children).push_back(added);
    return added;
}

void NavigatorModel::build()
{
    m_nodes.clear();
    m_roots.clear();
    addNode({tr("All tasks"), {}, 0, -1, {}});
    addNode({tr("Pending approval"), {TaskStatus::Submitted, {}, false, {}, {}}, 0, -1, {}});
    addNode({tr("Behind schedule"), {{}, {}, true, {}, {}}, 0, -1, {}});
    addNode({tr("Due soon"), {{}, {}, false, {}, {}, true}, 0, -1, {}});
    addNode({tr("Collective tasks"), {{}, TaskKind::Collective, false, {}, {}}, 0, -1, {}});
    addNode({tr("Individual tasks"), {{}, TaskKind::Individual, false, {}, {}}, 0, -1, {}});

    const Result<QList<Unit>> units = m_units.all();
    if (!units) {
        Q_EMIT loadFailed(units.error());
        return;
    }
    QHash<UnitKind, int> groups;
    for (const UnitKind kind : allValues<UnitKind>()) {
        for (const Unit &unit : *units) {
            if (unit.kind != kind)
                continue;
            const bool active = (!unit.activeFromYear || *unit.activeFromYear <= m_year)
                                && (!unit.activeToYear || *unit.activeToYear >= m_year);
            if (!active)
                continue;
            if (!groups.contains(kind))
                groups[kind] = addNode({EnumNames::name(kind), {{}, {}, false, kind, {}}, 0, -1, {}});
            addNode({unit.name, {{}, {}, false, {}, unit.id}, 0, groups[kind], {}});
        }
    }
}

// One pass over the year's tasks (TaskRepository::tally) counts every node: a unit's count is
// looked up, the few views and groups add up the tallies they take in.
void NavigatorModel::refreshCounts()
{
    if (m_nodes.empty())
        return;
    const Result<QList<TaskTally>> tallies = m_tasks.tally(m_year, m_today);
    if (!tallies) {
        Q_EMIT loadFailed(tallies.error());
        return;
    }
    QHash<qint64, int> byUnit;
    for (const TaskTally &tally : *tallies)
        byUnit[tally.unitId] += tally.count;
    for (Node &node : m_nodes) {
        if (node.filter.dueSoon) {   // work items' due dates count too: not in the tallies
            const Result<int> due = m_tasks.count(queryOf(node.filter, TaskQuery{}));
            node.count = due ? *due : 0;
        } else {
            node.count = node.filter.unitId ? byUnit.value(*node.filter.unitId) : countOf(node.filter, *tallies);
        }
    }
    emitCountsChanged({});
}

int NavigatorModel::countOf(const Filter &filter, const QList<TaskTally> &tallies)
{
    int count = 0;
    for (const TaskTally &tally : tallies) {
        const bool taken = (!filter.status || tally.status == *filter.status) && (!filter.kind || tally.kind == *filter.kind)
                           && (!filter.unitKind || tally.unitKind == *filter.unitKind)
                           && (!filter.unitId || tally.unitId == *filter.unitId);
        if (taken)
            count += filter.behindSchedule ? tally.behindSchedule : tally.count;
    }
    return count;
}

void NavigatorModel::emitCountsChanged(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, 0, parent), {Qt::DisplayRole, CountRole});
    for (int row = 0; row < rows; ++row)
        emitCountsChanged(index(row, 0, parent));
}

TaskQuery NavigatorModel::queryOf(const Filter &filter, TaskQuery base) const
{
    base.year = m_year;
    base.status = filter.status;
    base.kind = filter.kind;
    base.unitKind = filter.unitKind;
    base.unitId = filter.unitId;
    base.behindScheduleOn = filter.behindSchedule ? std::optional<QDate>(m_today) : std::nullopt;
    base.due = filter.dueSoon ? std::optional<TaskQuery::DueWindow>({m_today, m_today.addDays(m_dueWithinDays)})
                              : std::nullopt;
    return base;
}

TaskQuery NavigatorModel::queryFor(const QModelIndex &index, TaskQuery base) const
{
    const Node *node = nodeAt(index);
    return queryOf(node ? node->filter : Filter{}, std::move(base));
}

const NavigatorModel::Node *NavigatorModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[index.internalId()];
}

const std::vector<int> &NavigatorModel::childrenOf(int node) const
{
    return node < 0 ? m_roots : m_nodes[node].children;
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    const int parentNode = parent.isValid() ? int(parent.internalId()) : -1;
    const std::vector<int> &children = childrenOf(parentNode);
    if (column != 0 || row < 0 || row >= int(children.size()))
        return {};
    return createIndex(row, 0, quintptr(children[row]));
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeAt(child);
    if (!node || node->parent < 0)
        return {};
    const auto &siblings = childrenOf(m_nodes[node->parent].parent);
    const int row = int(std::find(siblings.begin(), siblings.end(), node->parent) - siblings.begin());
    return createIndex(row, 0, quintptr(node->parent));
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_roots.size());
    const Node *node = nodeAt(parent);
    return node ? int(node->children.size()) : 0;
}

int NavigatorModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeAt(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return u"%1 (%2)"_s.arg(node->label).arg(node->count);
    case Qt::ToolTipRole:
        return node->label;
    case CountRole:
        return node->count;
    case UnitIdRole:
        return node->filter.unitId ? QVariant(*node->filter.unitId) : QVariant();
    default:
        return {};
    }
}

} // namespace dotpha
