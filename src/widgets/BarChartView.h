#pragma once

#include "ChartScale.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <utility>

namespace dotpha {

// A horizontal bar chart on screen, painted with QPainter as the printed reports paint theirs: a
// title, one bar a category with its name on the left (long Vietnamese names have the room) and
// its value at the bar's end, and the value axis below with its ticks.
class BarChartView : public QWidget
{
    Q_OBJECT

public:
    using Bar = std::pair<QString, double>;

    BarChartView(QString title, QList<Bar> bars, ChartScale::Kind kind, QWidget *parent = nullptr);

    const QString &title() const { return m_title; }
    const QList<Bar> &bars() const { return m_bars; }
    const ChartScale &scale() const { return m_scale; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;
    int labelWidth(int available) const;

    QString m_title;
    QList<Bar> m_bars;
    ChartScale m_scale;
};

} // namespace dotpha
