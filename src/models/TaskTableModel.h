#pragma once

#include "Error.h"
#include "Field.h"
#include "Task.h"
#include "TaskQuery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace dotpha {

class FieldRepository;
class TaskRepository;
class ChangeFeed;
struct ChangeSet;

// The task table. Filtering, sorting and paging happen in the database (TaskQuery): the model
// holds the rows fetched so far and fetches the next page when the view scrolls to it, so that a
// year of 100,000 tasks opens as fast as one of ten. It follows the ChangeFeed, whoever made the
// change: a changed task is re-read alone; one added, removed or moved to another list (its
// status, year, unit...) re-runs the query, since its place depends on the sort and the filter.
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Kind, Owner, Title, Nature, Field, Status, Progress, Deadline, Rating, ColumnCount };
    enum Role { TaskIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 100;

    TaskTableModel(TaskRepository &tasks, FieldRepository &fields, ChangeFeed &feed, QObject *parent = nullptr);

    void setQuery(const TaskQuery &query);
    const TaskQuery &query() const { return m_query; }
    // Every task the query matches, fetched or not.
    int totalCount() const { return m_total; }
    const Task *taskAt(int row) const;
    int rowOf(qint64 taskId) const;
    // Runs the query again, keeping as many rows fetched as before, between aboutToReload() and
    // reloaded(), so that a view keeps its current task and scroll position.
    void reload();
    // Refreshes what changes names.
    void follow(const dotpha::ChangeSet &changes);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString ownerText(const Task &task);

Q_SIGNALS:
    void loadFailed(const dotpha::Error &error);
    void totalCountChanged(int total);
    void aboutToReload();
    void reloaded();

private:
    void refreshTask(qint64 id);
    bool loadFields();
    QVariant displayText(const Task &task, int row, int column) const;

    TaskRepository &m_tasks;
    FieldRepository &m_fields;
    TaskQuery m_query;
    QList<Task> m_rows;
    int m_total = 0;
    QHash<qint64, QString> m_fieldNames;
    bool m_fieldNamesCurrent = false;   // until the feed says the fields changed
};

} // namespace dotpha
