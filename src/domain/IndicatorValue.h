#pragma once

#include <QDate>
#include <QString>

namespace dotpha {

// A dated measurement of an indicator.
struct IndicatorValue
{
    qint64 id = 0;
    qint64 indicatorId = 0;
    QDate measuredOn;
    double value = 0;
    QString note;
};

} // namespace dotpha
