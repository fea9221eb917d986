#pragma once

#include "Indicator.h"
#include "IndicatorValue.h"

#include <QList>
#include <QString>

namespace dotpha {

// An indicator's latest value as the committee's reports write it, always in Vietnamese:
// "47 triệu đồng/người/năm, tăng 1 triệu đồng so với đầu năm". The change is measured from the
// baseline and named in the unit's first part ("triệu đồng" of "triệu đồng/người/năm"); the
// target follows when one is set.
class IndicatorSentence
{
public:
    // values oldest first; empty text when the indicator has no value yet.
    static QString compose(const Indicator &indicator, const QList<IndicatorValue> &values);
    // "46", "46,5", "44.000": Vietnamese separators, at most two decimals.
    static QString number(double value);
};

} // namespace dotpha
