#include "ReportText.h"

#include "Task.h"

using namespace Qt::StringLiterals;

namespace dotpha {

QString ReportText::status(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Draft: return u"Dự thảo"_s;
    case TaskStatus::Submitted: return u"Chờ phê duyệt"_s;
    case TaskStatus::Approved: return u"Đã phê duyệt"_s;
    case TaskStatus::Returned: return u"Trả lại để chỉnh sửa"_s;
    case TaskStatus::Rejected: return u"Không phê duyệt"_s;
    }
    return {};
}

QString ReportText::nature(TaskNature nature)
{
    switch (nature) {
    case TaskNature::Breakthrough: return u"Đột phá"_s;
    case TaskNature::New: return u"Việc mới"_s;
    case TaskNature::Difficult: return u"Việc khó"_s;
    case TaskNature::Shortcoming: return u"Khắc phục tồn tại, hạn chế"_s;
    }
    return {};
}

QString ReportText::rating(Rating rating)
{
    switch (rating) {
    case Rating::Excellent: return u"Hoàn thành xuất sắc"_s;
    case Rating::Good: return u"Hoàn thành tốt"_s;
    case Rating::Completed: return u"Hoàn thành"_s;
    case Rating::NotCompleted: return u"Không hoàn thành"_s;
    }
    return {};
}

QString ReportText::decision(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Approve: return u"Phê duyệt"_s;
    case DecisionKind::Adjust: return u"Điều chỉnh"_s;
    case DecisionKind::Supplement: return u"Bổ sung"_s;
    case DecisionKind::Assign: return u"Giao việc"_s;
    case DecisionKind::Return: return u"Trả lại"_s;
    case DecisionKind::Reject: return u"Không phê duyệt"_s;
    case DecisionKind::Rate: return u"Đánh giá"_s;
    }
    return {};
}

QString ReportText::unitKindPlural(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Agency: return u"Các cơ quan"_s;
    case UnitKind::Commune: return u"Các xã"_s;
    case UnitKind::Ward: return u"Các phường"_s;
    case UnitKind::Township: return u"Các thị trấn"_s;
    case UnitKind::SpecialZone: return u"Các đặc khu"_s;
    case UnitKind::PartyOrganisation: return u"Các tổ chức đảng"_s;
    case UnitKind::Other: return u"Các đơn vị khác"_s;
    }
    return {};
}

QString ReportText::owner(const Task &task)
{
    if (task.kind == TaskKind::Collective)
        return task.unitNameAtRegistration;
    return task.positionAtRegistration.isEmpty()
               ? task.personNameAtRegistration
               : task.personNameAtRegistration + u" ("_s + task.positionAtRegistration + u")"_s;
}

QString ReportText::roman(int number)
{
    static const QStringList numerals = {u"I"_s, u"II"_s, u"III"_s, u"IV"_s, u"V"_s, u"VI"_s, u"VII"_s};
    return number >= 1 && number <= numerals.size() ? numerals.at(number - 1) : QString::number(number);
}

} // namespace dotpha
