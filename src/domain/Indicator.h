#pragma once

#include <QString>

#include <optional>

namespace dotpha {

// A measurable target of a task: "income per head, million VND/person/year, from 46 to 47".
struct Indicator
{
    qint64 id = 0;
    qint64 taskId = 0;
    QString name;
    QString unitOfMeasure;
    std::optional<double> baseline;
    std::optional<double> target;
    int version = 0;
};

} // namespace dotpha
