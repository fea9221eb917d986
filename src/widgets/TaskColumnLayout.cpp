#include "TaskColumnLayout.h"

#include "EnumNames.h"
#include "TaskTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

// Past this a value is elided: a status of many words reads in its tooltip.
constexpr int ShortColumnLimit = 150;
// A rating with its score reads whole ("99 điểm – Hoàn thành xuất sắc"): it is what the year ends with.
constexpr int RatingColumnLimit = 260;
constexpr int OwnerWidth = 190;
constexpr int MinimumOwnerWidth = 110;
// What the title keeps before the rating gives up the room its score and level take whole.
constexpr int MinimumTitleWidth = 100;
constexpr int MaximumOwnerWidth = 320;
// The cell's and the header's own margins, and room for the sort arrow.
constexpr int CellPadding = 16;
constexpr int SortIndicatorRoom = 18;

template <typename Enum>
QStringList namesOf()
{
    QStringList names;
    for (const auto &entry : EnumCodeTable<Enum>::entries)
        names << EnumNames::name(entry.first);
    return names;
}

QStringList ratingsWithScores()
{
    QStringList texts;
    for (const auto &entry : EnumCodeTable<Rating>::entries) {
        Task rated;
        rated.rating = entry.first;
        rated.score = 100;
        texts << TaskTableModel::ratingText(rated);
    }
    return texts;
}

// What the column's cells may hold at their longest.
QStringList typicalValues(int column)
{
    switch (column) {
    case TaskTableModel::Number: return {u"9999"_s};
    case TaskTableModel::Kind: return namesOf<TaskKind>();
    case TaskTableModel::Nature: return namesOf<TaskNature>();
    case TaskTableModel::Status: return namesOf<TaskStatus>();
    case TaskTableModel::Progress: return {u"100%"_s};
    case TaskTableModel::Deadline: return {u"31/12/2026"_s};
    case TaskTableModel::Rating: return ratingsWithScores();
    default: return {};
    }
}

} // namespace

TaskColumnLayout::TaskColumnLayout(QTableView &view)
    : QObject(&view)
    , m_view(view)
{
    view.viewport()->installEventFilter(this);
    offerColumnChoice();
    connect(view.horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (column == TaskTableModel::Rating && !m_fitting)
            m_ratingWanted = size;
    });
}

int TaskColumnLayout::defaultWidth(int column) const
{
    if (column == TaskTableModel::Owner)
        return OwnerWidth;
    int width = headerWidth(column);
    int longest = 0;
    for (const QString &value : typicalValues(column))
        longest = std::max(longest, m_view.fontMetrics().horizontalAdvance(value) + CellPadding);
    width = std::max(width, std::min(longest, column == TaskTableModel::Rating ? RatingColumnLimit : ShortColumnLimit));
    return column == TaskTableModel::Field ? std::max(width, ShortColumnLimit) : width;
}

int TaskColumnLayout::headerWidth(int column) const
{
    const QString title = m_view.model() ? m_view.model()->headerData(column, Qt::Horizontal).toString() : QString();
    return m_view.horizontalHeader()->fontMetrics().horizontalAdvance(title) + CellPadding + SortIndicatorRoom;
}

void TaskColumnLayout::applyDefaults()
{
    QHeaderView &header = *m_view.horizontalHeader();
    header.setStretchLastSection(false);
    for (int column = 0; column < TaskTableModel::ColumnCount; ++column) {
        if (column == TaskTableModel::Title)
            continue;
        header.setSectionResizeMode(column, QHeaderView::Interactive);
        header.resizeSection(column, defaultWidth(column));
    }
    m_ratingWanted = defaultWidth(TaskTableModel::Rating);
    header.setSectionResizeMode(TaskTableModel::Title, QHeaderView::Stretch);
    header.moveSection(header.visualIndex(TaskTableModel::Number), 0);
    header.setSectionHidden(TaskTableModel::Nature, true);
    header.setSectionHidden(TaskTableModel::Field, true);
    fitOwnerToWidth();
}

bool TaskColumnLayout::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        fitOwnerToWidth();
    return QObject::eventFilter(watched, event);
}

// The title stretches; the unit or person shares the width with it, within bounds that keep a
// name readable and leave the title the larger part. On a narrow screen (1024 px) the rating
// reads whole only as far as the title keeps its least: beyond, its level is elided (whole in
// its tooltip), its score first.
void TaskColumnLayout::fitOwnerToWidth()
{
    QHeaderView &header = *m_view.horizontalHeader();
    if (header.sectionResizeMode(TaskTableModel::Title) != QHeaderView::Stretch)
        return;   // a layout from before the title stretched: the user's widths stand
    const auto othersWidth = [&header] {
        int others = 0;
        for (int column = 0; column < header.count(); ++column) {
            if (column != TaskTableModel::Title && column != TaskTableModel::Owner && !header.isSectionHidden(column))
                others += header.sectionSize(column);
        }
        return others;
    };
    // Never narrower than its header, which a style clips rather than elides.
    const int least = std::max(MinimumOwnerWidth, headerWidth(TaskTableModel::Owner));
    m_fitting = true;
    const int rating = m_ratingWanted > 0 ? m_ratingWanted : header.sectionSize(TaskTableModel::Rating);
    const int shortest = std::max(headerWidth(TaskTableModel::Rating), std::min(rating, ShortColumnLimit));
    header.resizeSection(TaskTableModel::Rating, rating);
    const int shortfall = MinimumTitleWidth - (m_view.viewport()->width() - othersWidth() - least);
    if (shortfall > 0)
        header.resizeSection(TaskTableModel::Rating, std::max(shortest, rating - shortfall));
    const int left = m_view.viewport()->width() - othersWidth();
    header.resizeSection(TaskTableModel::Owner, std::clamp(left * 2 / 5, least, std::max(least, MaximumOwnerWidth)));
    m_fitting = false;
}

void TaskColumnLayout::offerColumnChoice()
{
    QHeaderView &header = *m_view.horizontalHeader();
    header.setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(&header, &QWidget::customContextMenuRequested, &header, [&header](const QPoint &at) {
        QMenu menu(&header);
        for (int column = 0; column < header.count(); ++column) {
            if (column == TaskTableModel::Number || column == TaskTableModel::Title)
                continue;
            QAction *shown = menu.addAction(header.model()->headerData(column, Qt::Horizontal).toString());
            shown->setCheckable(true);
            shown->setChecked(!header.isSectionHidden(column));
            QObject::connect(shown, &QAction::toggled, &header, [&header, column](bool on) {
                header.setSectionHidden(column, !on);
            });
        }
        menu.exec(header.mapToGlobal(at));
    });
}

} // namespace dotpha
