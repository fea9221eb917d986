#include "ChoiceListModel.h"

#include "TextFolding.h"
#include "VietnameseCollator.h"

#include <algorithm>

namespace dotpha {

ChoiceListModel::ChoiceListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ChoiceListModel::setChoices(QList<Choice> choices)
{
    const VietnameseCollator collator;
    std::stable_sort(choices.begin(), choices.end(),
                     [&](const Choice &a, const Choice &b) { return collator(a.text, b.text); });
    beginResetModel();
    m_entries.clear();
    m_entries.reserve(choices.size());
    for (Choice &choice : choices) {
        QString folded = TextFolding::fold(choice.text);
        m_entries.append({std::move(choice), std::move(folded)});
    }
    endResetModel();
}

int ChoiceListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).choice.id == id)
            return row;
    }
    return -1;
}

qint64 ChoiceListModel::idAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).choice.id : 0;
}

int ChoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ChoiceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        return entry.choice.text;
    case IdRole:
        return entry.choice.id;
    case FoldedTextRole:
        return entry.folded;
    default:
        return {};
    }
}

} // namespace dotpha
