#pragma once

#include <QString>

namespace dotpha {

class SixMonthReview;

// The six-month review's sentence in the style of the committee's reports: "Sáu tháng đầu năm 2026,
// trong 104 việc đột phá, đổi mới đã được phê duyệt (tập thể: 33 việc; cá nhân: 71 việc), có 12 việc
// đã hoàn thành, 60 việc đúng tiến độ, ...; tiến độ thực hiện bình quân đạt 46%." As of another day
// than 30 June it opens "Tính đến ngày 15/07/2026". Document text, always in Vietnamese.
class SixMonthSentence
{
public:
    static QString compose(const SixMonthReview &review);
    static QString opening(const SixMonthReview &review);
};

} // namespace dotpha
