#include "VietnameseTerms.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace dotpha {

QString VietnameseTerms::word(TaskKind kind)
{
    return kind == TaskKind::Collective ? u"Tập thể"_s : u"Cá nhân"_s;
}

QString VietnameseTerms::word(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Agency: return u"Cơ quan"_s;
    case UnitKind::Commune: return u"Xã"_s;
    case UnitKind::Ward: return u"Phường"_s;
    case UnitKind::Township: return u"Thị trấn"_s;
    case UnitKind::SpecialZone: return u"Đặc khu"_s;
    case UnitKind::PartyOrganisation: return u"Tổ chức cơ sở đảng"_s;
    case UnitKind::Other: return u"Đơn vị khác"_s;
    }
    return {};
}

QString VietnameseTerms::noun(UnitKind kind)
{
    return kind == UnitKind::Other ? u"đơn vị"_s : word(kind).toLower();
}

QString VietnameseTerms::plural(UnitKind kind)
{
    return kind == UnitKind::Other ? u"Các đơn vị khác"_s : u"Các "_s + noun(kind);
}

QString VietnameseTerms::word(TaskNature nature)
{
    switch (nature) {
    case TaskNature::Breakthrough: return u"Đột phá"_s;
    case TaskNature::New: return u"Việc mới"_s;
    case TaskNature::Difficult: return u"Việc khó"_s;
    case TaskNature::Shortcoming: return u"Khắc phục tồn tại, hạn chế"_s;
    }
    return {};
}

QString VietnameseTerms::word(TaskOrigin origin)
{
    switch (origin) {
    case TaskOrigin::Registered: return u"Đăng ký"_s;
    case TaskOrigin::Assigned: return u"Được giao"_s;
    case TaskOrigin::Supplemented: return u"Bổ sung"_s;
    }
    return {};
}

QString VietnameseTerms::word(TaskStatus status)
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

QString VietnameseTerms::word(Rating rating)
{
    switch (rating) {
    case Rating::Excellent: return u"Hoàn thành xuất sắc"_s;
    case Rating::Good: return u"Hoàn thành tốt"_s;
    case Rating::Completed: return u"Hoàn thành"_s;
    case Rating::NotCompleted: return u"Không hoàn thành"_s;
    }
    return {};
}

QString VietnameseTerms::word(DecisionKind kind)
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

QString VietnameseTerms::word(ExecutionState::State state)
{
    switch (state) {
    case ExecutionState::State::NotApplicable: return {};
    case ExecutionState::State::NotStarted: return u"Chưa triển khai"_s;
    case ExecutionState::State::OnTrack: return u"Đúng tiến độ"_s;
    case ExecutionState::State::BehindSchedule: return u"Chậm tiến độ"_s;
    case ExecutionState::State::Overdue: return u"Quá hạn"_s;
    case ExecutionState::State::Completed: return u"Đã hoàn thành"_s;
    }
    return {};
}

QString VietnameseTerms::number(qlonglong value)
{
    static const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
    return vietnamese.toString(value);
}

QString VietnameseTerms::decimal(double value)
{
    static const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
    return vietnamese.toString(value, 'f', 1);
}

QString VietnameseTerms::fileSize(qint64 bytes)
{
    constexpr double Kilobyte = 1024;
    if (bytes < Kilobyte)
        return u"%1 byte"_s.arg(number(bytes));
    if (bytes < Kilobyte * Kilobyte)
        return u"%1 KB"_s.arg(decimal(bytes / Kilobyte));
    return u"%1 MB"_s.arg(decimal(bytes / (Kilobyte * Kilobyte)));
}

QString VietnameseTerms::scoreBand(Rating level, const ScoreThresholds &thresholds)
{
    const ScoreThresholds::Band band = thresholds.band(level);
    if (level == Rating::Excellent)
        return u"từ %1 điểm trở lên"_s.arg(band.lowest);
    if (level == Rating::NotCompleted)
        return u"dưới %1 điểm"_s.arg(band.highest + 1);
    return u"từ %1 đến %2 điểm"_s.arg(band.lowest).arg(band.highest);
}

QString VietnameseTerms::date(const QDate &day)
{
    return day.isValid() ? day.toString(u"dd/MM/yyyy"_s) : QString();
}

} // namespace dotpha
