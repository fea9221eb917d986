#pragma once

#include <QCompleter>

namespace dotpha {

class ChoiceListModel;

// Completes names while ignoring accents and case: typing "dao vien" or "Đạo" offers "xã Đạo
// Viện". What is typed is folded and matched anywhere in each choice's folded text; what is
// inserted is the choice's real name.
class FoldingCompleter : public QCompleter
{
    Q_OBJECT

public:
    explicit FoldingCompleter(ChoiceListModel *model, QObject *parent = nullptr);

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;
};

} // namespace dotpha
