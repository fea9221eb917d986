#pragma once

#include "ReportRowLayout.h"

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace dotpha {

class DocumentCanvas;

// A table painted row by row across pages: the header row is repeated on every page the table
// reaches; a row is split only when it is taller than a page, and then continues on the next
// one. Group rows span the table and keep with the row they introduce; subtotal rows are bold.
class ReportTable
{
public:
    struct Column
    {
        QString title;
        qreal weight;   // share of the table's width
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    enum class RowKind { Data, Group, Subtotal };

    ReportTable(QList<Column> columns, qreal fontPoints);

    void addRow(const QStringList &cells) { m_rows.append({RowKind::Data, cells}); }
    void addGroup(const QString &text) { m_rows.append({RowKind::Group, {text}}); }
    void addSubtotal(const QStringList &cells) { m_rows.append({RowKind::Subtotal, cells}); }
    int rowCount() const { return int(m_rows.size()); }
    const QList<Column> &columns() const { return m_columns; }
    // Each column's width when the table is total wide, by its weight.
    QList<qreal> columnWidths(qreal total) const;
    // What follows the table (a signature) and must share a page with its last row and the totals
    // under it, so that it never stands alone at the top of a page.
    void setKeepWithEnd(qreal height) { m_keepWithEnd = height; }

    void paint(DocumentCanvas &canvas) const;
    // A section's title, then the table; the title stands on the page where the table starts.
    void paintUnder(DocumentCanvas &canvas, const QString &title) const;
    // The height of the header, the first row and the headings that introduce it: what a title
    // above the table must keep with it on its page.
    qreal leadHeight(DocumentCanvas &canvas) const;

private:
    struct Row
    {
        RowKind kind;
        QStringList cells;
    };
    Row headerRow() const;
    qsizetype lastDataRow() const;
    std::unique_ptr<ReportRowLayout> layOut(DocumentCanvas &canvas, const Row &row, const QList<qreal> &widths,
                                            bool header, ReportRowLayout::SharedLayouts *shared = nullptr) const;

    QList<Column> m_columns;
    QList<Row> m_rows;
    qreal m_fontPoints;
    qreal m_keepWithEnd = 0;
    mutable std::vector<QFont> m_fonts;   // regular and bold, for the canvas being painted
};

} // namespace dotpha
