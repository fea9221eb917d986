#pragma once

#include "Error.h"
#include "TaskQuery.h"
#include "TaskTally.h"
#include "UnitKind.h"

#include <QAbstractItemModel>

#include <vector>

namespace dotpha {

class TaskRepository;
class ChangeFeed;
struct ChangeSet;
class UnitRepository;

// The navigator beside the task table: views (all, pending review, behind schedule, due soon, collective,
// individual), then the units grouped by kind, each with its number of tasks in the year.
// Choosing an entry narrows the table's TaskQuery (queryFor). Counts follow the ChangeFeed without
// rebuilding the tree, so the selection survives an edit; a change of the units rebuilds it,
// between aboutToRebuild() and rebuilt() (keyOf and indexOfKey find the entry chosen again).
class NavigatorModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { CountRole = Qt::UserRole + 1, UnitIdRole };

    NavigatorModel(UnitRepository &units, TaskRepository &tasks, ChangeFeed &feed, QObject *parent = nullptr);

    void setYear(int year, const QDate &today);
    // How many days ahead "Due soon" looks; its count follows.
    void setDueWithinDays(int days);
    // base narrowed to what the entry at index shows.
    TaskQuery queryFor(const QModelIndex &index, TaskQuery base) const;
    QModelIndex allTasksIndex() const { return index(0, 0); }
    QModelIndex dueSoonIndex() const { return index(3, 0); }
    void refreshCounts();
    void follow(const dotpha::ChangeSet &changes);
    // What names the entry at index across a rebuild, and the entry it names now (invalid when
    // it is gone).
    QString keyOf(const QModelIndex &index) const;
    QModelIndex indexOfKey(const QString &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const dotpha::Error &error);
    void aboutToRebuild();
    void rebuilt();

private:
    struct Filter
    {
        std::optional<TaskStatus> status;
        std::optional<TaskKind> kind;
        bool behindSchedule = false;
        std::optional<UnitKind> unitKind;
        std::optional<qint64> unitId;
        bool dueSoon = false;   // within dueWithinDays of today (TaskQuery::due)
    };
    struct Node
    {
        QString label;
        Filter filter;
        int count = 0;
        int parent = -1;           // index into m_nodes, -1 for a top-level entry
        std::vector<int> children;
    };

    void build();
    static int countOf(const Filter &filter, const QList<TaskTally> &tallies);
    TaskQuery queryOf(const Filter &filter, TaskQuery base) const;
    void emitCountsChanged(const QModelIndex &parent);
    int addNode(Node node);
    const Node *nodeAt(const QModelIndex &index) const;
    const std::vector<int> &childrenOf(int node) const;

    UnitRepository &m_units;
    TaskRepository &m_tasks;
    int m_year = 0;
    QDate m_today;
    int m_dueWithinDays = 14;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
};

} // namespace dotpha
