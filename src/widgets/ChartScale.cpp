#include "ChartScale.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace dotpha {

ChartScale ChartScale::of(double largestValue, Kind kind)
{
    if (kind == Kind::Percent)
        return ChartScale(kind, 100, 20);
    const double wanted = std::max(1.0, std::ceil(largestValue * 1.15));
    for (double magnitude = 1;; magnitude *= 10) {
        for (const double nice : {1.0, 2.0, 5.0}) {
            const double step = nice * magnitude;
            if (wanted / step <= 6)
                return ChartScale(kind, std::ceil(wanted / step) * step, step);
        }
    }
}

QList<double> ChartScale::ticks() const
{
    QList<double> ticks;
    for (int i = 0; i * m_step <= m_maximum + 1e-9; ++i)
        ticks << i * m_step;
    return ticks;
}

QString ChartScale::label(double value) const
{
    const QLocale locale;
    if (m_kind == Kind::Percent)
        return locale.toString(value, 'f', value == std::round(value) ? 0 : 1) + u" %"_s;
    return locale.toString(qlonglong(std::llround(value)));
}

} // namespace dotpha
