#include "ImportValueTable.h"

#include "FocusedWheelFilter.h"
#include "ValueWords.h"

#include <QComboBox>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableWidget>

namespace dotpha {

namespace {

enum ValueColumn { ColumnHeader, FileValue, RowCount, OurWord };
constexpr int OurWordWidth = 280;
constexpr int MaximumRowsShown = 5;   // then the list scrolls

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

// The choice of the word a mapping gave, matched as the planner matches it: by key.
int indexOf(const QString &mappedTo, const QStringList &accepted)
{
    if (mappedTo.isEmpty())
        return 0;
    const QString wanted = ValueWords::key(mappedTo);
    for (qsizetype i = 0; i < accepted.size(); ++i) {
        if (ValueWords::key(accepted.at(i)) == wanted)
            return int(i) + 1;   // after "(choose)"
    }
    return 0;
}

} // namespace

ImportValueTable::ImportValueTable(QTableWidget *table, FocusedWheelFilter *wheel)
    : QObject(table), m_table(table), m_wheel(wheel)
{
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(ColumnHeader, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FileValue, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RowCount, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(OurWord, QHeaderView::Fixed);
    m_table->setColumnWidth(OurWord, OurWordWidth);
}

void ImportValueTable::show(const QList<ImportPlan::UnknownValue> &values)
{
    // Kept across the rebuild that follows each choice, so that the list does not jump.
    const int scrolled = m_table->verticalScrollBar()->value();
    m_table->clearContents();
    m_table->setRowCount(int(values.size()));
    for (int row = 0; row < values.size(); ++row) {
        const ImportPlan::UnknownValue &value = values.at(row);
        m_table->setItem(row, ColumnHeader, readOnlyItem(value.column));
        m_table->setItem(row, FileValue, readOnlyItem(value.text));
        auto *count = readOnlyItem(QString::number(value.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, RowCount, count);
        auto *ours = new QComboBox(m_table);
        ours->addItem(tr("(choose)"), QString());
        for (const QString &word : value.accepted)
            ours->addItem(word, word);
        ours->setCurrentIndex(indexOf(value.mappedTo, value.accepted));
        m_wheel->watch(ours);
        ours->setAccessibleName(tr("What “%1” means").arg(value.text));
        const RegistrationColumns::Column column = value.columnId;
        const QString text = value.text;
        connect(ours, &QComboBox::activated, this,
                [this, ours, column, text] { emit chosen(column, text, ours->currentData().toString()); });
        m_table->setCellWidget(row, OurWord, ours);
    }
    m_table->verticalScrollBar()->setValue(scrolled);
    fitHeight();
}

// As tall as its rows, up to a few, so that a short list leaves the room to the problems.
void ImportValueTable::fitHeight()
{
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < std::min(m_table->rowCount(), MaximumRowsShown); ++row)
        height += m_table->verticalHeader()->sectionSize(row);
    m_table->setFixedHeight(height);
}

} // namespace dotpha
