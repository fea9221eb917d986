#include "IndicatorSentence.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

QString withUnit(const QString &number, const QString &unit)
{
    if (unit.isEmpty())
        return number;
    const QString separator = unit == u"%"_s ? QString() : u" "_s;
    return number + separator + unit;
}

// "triệu đồng/người/năm" counts per person and year; a difference between two such values is
// still in "triệu đồng".
QString differenceUnit(const QString &unit)
{
    return unit.section(QLatin1Char('/'), 0, 0).trimmed();
}

} // namespace

QString IndicatorSentence::number(double value)
{
    const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
    const double rounded = std::round(value * 100.0) / 100.0;
    const int decimals = std::fabs(rounded - std::round(rounded)) < 1e-9 ? 0
                         : std::fabs(rounded * 10.0 - std::round(rounded * 10.0)) < 1e-9 ? 1
                                                                                           : 2;
    return vietnamese.toString(rounded, 'f', decimals);
}

QString IndicatorSentence::compose(const Indicator &indicator, const QList<IndicatorValue> &values)
{
    if (values.isEmpty())
        return {};
    const double latest = values.constLast().value;
    QString sentence = withUnit(number(latest), indicator.unitOfMeasure);
    if (indicator.baseline) {
        const double change = latest - *indicator.baseline;
        if (std::fabs(change) < 0.005)
            sentence += u", bằng đầu năm"_s;
        else
            sentence += u", %1 %2 so với đầu năm"_s.arg(change > 0 ? u"tăng"_s : u"giảm"_s,
                                                      withUnit(number(std::fabs(change)),
                                                               differenceUnit(indicator.unitOfMeasure)));
    }
    if (indicator.target)
        sentence += u"; mục tiêu %1"_s.arg(withUnit(number(*indicator.target), indicator.unitOfMeasure));
    return sentence;
}

} // namespace dotpha
