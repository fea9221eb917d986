#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;
class QMimeData;
class QTableView;

namespace dotpha {

// Selected rows of a table as Excel and Calc paste them into cells: tab-separated text and an
// HTML table, each headed by the visible columns' headers, in the order the user arranged them.
class TableClipboard
{
public:
    struct Copy
    {
        QString text;   // tab-separated; a cell with a tab, line break or quote is quoted as Excel does
        QString html;
    };

    // rows and columns are the model's, in the order they are to appear.
    static Copy build(const QAbstractItemModel &model, const QList<int> &rows, const QList<int> &columns);
    // The view's selected rows and visible columns; nullptr when nothing is selected.
    static QMimeData *mimeDataFor(const QTableView &view);
    // Puts the view's selected rows on the clipboard; false when nothing is selected.
    static bool copySelection(const QTableView &view);
};

} // namespace dotpha
