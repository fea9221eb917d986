#pragma once

#include "Error.h"
#include "Field.h"
#include "Result.h"
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
// change: a changed task is re-read alone; when one was added, removed or moved to another list
// (its status, year, unit...), or edited while the list is sorted by a value an edit changes, the
// rows fetched are read again and those that left or came are removed and inserted in place; only
// rows that changed places among themselves reset the model.
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The row's number is the model's last column, which a view shows first (TaskColumnLayout): it
    // changes with the rows above, and a model's first column must move with its row when rows are
    // inserted and removed in place.
    enum Column { Kind, Owner, Title, Nature, Field, Status, Progress, Deadline, Rating, Number, ColumnCount };
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
    // The year-end rating with its score, if it has one.
    static QString ratingText(const Task &task);

Q_SIGNALS:
    void loadFailed(const dotpha::Error &error);
    void totalCountChanged(int total);
    void aboutToReload();
    void reloaded();

private:
    struct Rows
    {
        int total = 0;   // every task the query matches
        QList<Task> rows;
    };

    // The query's first wanted rows and its count.
    Result<Rows> readRows(int wanted);
    void readAgain(int wanted);
    bool readAgainInPlace();
    bool placesFollowEdits() const;
    void refreshTask(qint64 id);
    dotpha::Status loadFields();
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
