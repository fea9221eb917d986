#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <algorithm>

namespace dotpha::bench {

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

inline double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}


// One line: what was measured, its median in milliseconds, the spread and the number of samples.
inline void report(QTextStream &out, const QString &what, const QList<double> &ms)
{
    using namespace Qt::StringLiterals;
    out << what.leftJustified(52) << u" median "_s << QString::number(median(ms), 'f', 1) << u" ms (min "_s
        << QString::number(*std::min_element(ms.begin(), ms.end()), 'f', 1) << u", max "_s
        << QString::number(*std::max_element(ms.begin(), ms.end()), 'f', 1) << u", "_s << ms.size() << u" samples)"_s
        << Qt::endl;
}

} // namespace dotpha::bench
