#pragma once

#include <QList>
#include <QString>

namespace dotpha {

// The value axis of a bar chart on screen: counts of tasks tick at whole numbers only (an axis of
// 0 to 2 must not read "0 0 1 1 2"), at most about six ticks a step of 1, 2 or 5 times a power of
// ten, with room past the largest bar for its value; percentages run from 0 to 100 in steps of 20.
class ChartScale
{
public:
    enum class Kind { Count, Percent };

    static ChartScale of(double largestValue, Kind kind);

    Kind kind() const { return m_kind; }
    double maximum() const { return m_maximum; }
    double step() const { return m_step; }
    QList<double> ticks() const;
    // A tick's or a bar's value as the user's locale writes it: "12", "45,5 %".
    QString label(double value) const;

private:
    ChartScale(Kind kind, double maximum, double step) : m_kind(kind), m_maximum(maximum), m_step(step) {}

    Kind m_kind;
    double m_maximum;
    double m_step;
};

} // namespace dotpha
