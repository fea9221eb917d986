#include "FoldingCompleter.h"

#include "ChoiceListModel.h"
#include "TextFolding.h"

namespace dotpha {

FoldingCompleter::FoldingCompleter(ChoiceListModel *model, QObject *parent)
    : QCompleter(model, parent)
{
    setCompletionRole(ChoiceListModel::FoldedTextRole);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
    setMaxVisibleItems(12);
}

QStringList FoldingCompleter::splitPath(const QString &path) const
{
    return {TextFolding::fold(path)};
}

QString FoldingCompleter::pathFromIndex(const QModelIndex &index) const
{
    return index.data(Qt::DisplayRole).toString();
}

} // namespace dotpha
