#pragma once

#include "AuditEntry.h"
#include "Result.h"

#include <QAbstractTableModel>

namespace dotpha {

class AuditRepository;

// The whole audit trail, newest first, fetched a page at a time as the view scrolls: a database
// with 100,000 changes shows its first screen without reading them all.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, Record, Change, ColumnCount };
    static constexpr int PageSize = 500;

    explicit AuditTableModel(AuditRepository &audit, QObject *parent = nullptr);

    // Reads the first page and the total again.
    Status reload();
    // Puts the records written since the newest one shown at the top, in place, so that a view
    // keeps its selection; how many. More than a page of them reads all again.
    Result<int> addNewer();
    int totalCount() const { return m_total; }
    const AuditEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    AuditRepository &m_audit;
    QList<AuditEntry> m_rows;
    int m_total = 0;
};

} // namespace dotpha
