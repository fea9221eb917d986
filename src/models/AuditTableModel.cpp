#include "AuditTableModel.h"

#include "AuditDescription.h"
#include "AuditRepository.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace dotpha {

AuditTableModel::AuditTableModel(AuditRepository &audit, QObject *parent)
    : QAbstractTableModel(parent)
    , m_audit(audit)
{
}

Status AuditTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const Result<int> total = m_audit.count();
    m_total = total ? *total : 0;
    endResetModel();
    if (!total)
        return total.error();
    if (canFetchMore({}))
        fetchMore({});
    return {};
}

Result<int> AuditTableModel::addNewer()
{
    if (m_rows.isEmpty()) {
        const int before = m_total;
        if (const Status loaded = reload(); !loaded)
            return loaded.error();
        return m_total - before;
    }
    const Result<QList<AuditEntry>> newer = m_audit.after(m_rows.constFirst().id, PageSize);
    if (!newer)
        return newer.error();
    if (newer->size() >= PageSize) {
        const int before = m_total;
        if (const Status loaded = reload(); !loaded)
            return loaded.error();
        return m_total - before;
    }
    if (newer->isEmpty())
        return 0;
    beginInsertRows({}, 0, int(newer->size() - 1));
    for (const AuditEntry &entry : *newer)   // oldest first: each goes above the one before
        m_rows.prepend(entry);
    m_total += int(newer->size());
    endInsertRows();
    return int(newer->size());
}

const AuditEntry *AuditTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    const AuditEntry *entry = entryAt(index.row());
    if (!entry || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case When: return QLocale().toString(entry->recordedAt.toLocalTime(), u"dd/MM/yyyy HH:mm:ss"_s);
    case Who: return AuditDescription::actor(*entry);
    case Record: return AuditDescription::subject(*entry);
    case Change: return AuditDescription::change(*entry);
    default: return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When: return tr("When");
    case Who: return tr("Who");
    case Record: return tr("Record");
    case Change: return tr("Change");
    default: return {};
    }
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const Result<QList<AuditEntry>> page =
        m_audit.newest(PageSize, m_rows.isEmpty() ? std::nullopt : std::optional<qint64>(m_rows.constLast().id));
    if (!page || page->isEmpty()) {
        m_total = int(m_rows.size());   // the trail is shorter than counted: stop asking
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

} // namespace dotpha
