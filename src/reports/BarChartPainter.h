#pragma once

#include <QList>
#include <QString>

namespace dotpha {

class DocumentCanvas;

// A horizontal bar chart painted straight onto a document page: one bar a category, its count at
// the end. Printed documents draw their charts themselves so that dotpha-cli needs no widgets.
class BarChartPainter
{
public:
    struct Bar
    {
        QString label;
        int value;
    };

    BarChartPainter(QString title, QList<Bar> bars) : m_title(std::move(title)), m_bars(std::move(bars)) {}
    void paint(DocumentCanvas &canvas) const;

private:
    QString m_title;
    QList<Bar> m_bars;
};

} // namespace dotpha
