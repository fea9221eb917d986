#pragma once

#include "UnitKind.h"
#include "YearFigures.h"

#include <QString>

namespace dotpha {

// The summary sentence in the style of the committee's reports: "Năm 2021, Ban Thường vụ Huyện ủy
// Yên Sơn đã giao nhiệm vụ đột phá, đổi mới cho 15 cơ quan; 28 xã, thị trấn đã đăng ký thực hiện
// 33 việc đột phá, đổi mới của tập thể; 71 đồng chí ... đăng ký 71 việc." It is document text,
// always in Vietnamese whatever the interface language.
class SummarySentence
{
public:
    static QString compose(const YearFigures &figures, const QString &committeeName);
    // "xã, thị trấn": the kinds present in a group, in the order of UnitKind.
    static QString kindsPhrase(const QMap<UnitKind, int> &unitsByKind);
};

} // namespace dotpha
