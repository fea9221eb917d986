#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace dotpha {

// A list to choose a unit, a person or a field from: each entry an id and a text, in Vietnamese
// order. FoldedTextRole lets a completer match what the user types without accents.
class ChoiceListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, FoldedTextRole };
    struct Choice
    {
        qint64 id = 0;
        QString text;
    };

    explicit ChoiceListModel(QObject *parent = nullptr);

    void setChoices(QList<Choice> choices);
    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        Choice choice;
        QString folded;
    };
    QList<Entry> m_entries;
};

} // namespace dotpha
