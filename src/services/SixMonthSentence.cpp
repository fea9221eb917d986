#include "SixMonthSentence.h"

#include "SixMonthReview.h"
#include "VietnameseTerms.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

QString number(qlonglong value) { return VietnameseTerms::number(value); }

// What the tasks are doing, those with none of a state left out, in the order a report gives them.
QStringList stateParts(const SixMonthReview &review)
{
    using State = ExecutionState::State;
    const QList<std::pair<State, QString>> states = {{State::Completed, u"đã hoàn thành"_s},
                                                     {State::OnTrack, u"đang thực hiện đúng tiến độ"_s},
                                                     {State::NotStarted, u"chưa triển khai"_s},
                                                     {State::BehindSchedule, u"chậm tiến độ"_s},
                                                     {State::Overdue, u"quá hạn mà chưa hoàn thành"_s}};
    QStringList parts;
    for (const auto &[state, words] : states) {
        if (review.count(state) > 0)
            parts << u"%1 việc %2"_s.arg(number(review.count(state)), words);
    }
    return parts;
}

QString joined(const QStringList &parts)
{
    if (parts.size() < 2)
        return parts.join(QString());
    return parts.mid(0, parts.size() - 1).join(u", "_s) + u" và "_s + parts.last();
}

} // namespace

QString SixMonthSentence::opening(const SixMonthReview &review)
{
    if (review.asOf() == SixMonthReview::middleOf(review.year()))
        return u"Sáu tháng đầu năm %1"_s.arg(review.year());
    return u"Tính đến ngày %1"_s.arg(review.asOf().toString(u"dd/MM/yyyy"_s));
}

QString SixMonthSentence::compose(const SixMonthReview &review)
{
    const int total = int(review.standings().size());
    if (total == 0)
        return opening(review) + u", chưa có việc đột phá, đổi mới nào được phê duyệt."_s;
    return u"%1, trong %2 việc đột phá, đổi mới đã được phê duyệt (tập thể: %3 việc; cá nhân: %4 việc), có %5; "
           "tiến độ thực hiện bình quân đạt %6%."_s
        .arg(opening(review), number(total), number(review.countOf(TaskKind::Collective)),
             number(review.countOf(TaskKind::Individual)), joined(stateParts(review)),
             number(review.averagePercent()));
}

} // namespace dotpha
