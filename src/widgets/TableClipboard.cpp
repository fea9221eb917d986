#include "TableClipboard.h"

#include <QAbstractItemModel>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

QString textCell(QString text)
{
    if (!text.contains(u'\t') && !text.contains(u'\n') && !text.contains(u'\r') && !text.contains(u'"'))
        return text;
    return u'"' + text.replace(u'"', u"\"\""_s) + u'"';
}

QString htmlCell(const QString &tag, const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(u'\n', u"<br>"_s);
    return u'<' + tag + u'>' + escaped + u"</"_s + tag + u'>';
}

} // namespace

TableClipboard::Copy TableClipboard::build(const QAbstractItemModel &model, const QList<int> &rows,
                                           const QList<int> &columns)
{
    QStringList lines;
    QString html = u"<table>"_s;
    const auto addLine = [&](const QStringList &cells, const QString &tag) {
        QStringList quoted;
        html += u"<tr>"_s;
        for (const QString &cell : cells) {
            quoted << textCell(cell);
            html += htmlCell(tag, cell);
        }
        html += u"</tr>"_s;
        lines << quoted.join(u'\t');
    };
    QStringList headers;
    for (const int column : columns)
        headers << model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    addLine(headers, u"th"_s);
    for (const int row : rows) {
        QStringList cells;
        for (const int column : columns)
            cells << model.index(row, column).data(Qt::DisplayRole).toString();
        addLine(cells, u"td"_s);
    }
    html += u"</table>"_s;
    return {lines.join(u"\r\n"_s) + u"\r\n"_s, html};
}

QMimeData *TableClipboard::mimeDataFor(const QTableView &view)
{
    if (!view.model() || !view.selectionModel())
        return nullptr;
    QList<int> rows;
    for (const QModelIndex &index : view.selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    const QHeaderView *header = view.horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    const Copy copy = build(*view.model(), rows, columns);
    auto *data = new QMimeData;
    data->setText(copy.text);
    data->setHtml(copy.html);
    return data;
}

bool TableClipboard::copySelection(const QTableView &view)
{
    QMimeData *data = mimeDataFor(view);
    if (!data)
        return false;
    QGuiApplication::clipboard()->setMimeData(data);
    return true;
}

} // namespace dotpha
