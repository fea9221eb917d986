#include "ValueWords.h"

#include "TextFolding.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

// Punctuation taken out, spaces folded, a leading "việc" (given as leading, in the text's form)
// dropped.
QString cleaned(QString text, const QString &leading)
{
    for (QChar &c : text) {
        if (c.isPunct() || c.isSymbol())
            c = u' ';
    }
    text = text.simplified();
    if (text.startsWith(leading))
        text.remove(0, leading.size());
    return text;
}

} // namespace

QString ValueWords::key(const QString &text)
{
    return cleaned(TextFolding::fold(text), u"viec "_s);
}

QString ValueWords::markedKey(const QString &text)
{
    return cleaned(text.normalized(QString::NormalizationForm_C).toLower(), u"việc "_s);
}

bool ValueWords::hasMarks(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() > 127 && c.isLetterOrNumber(); }) ||
           std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
}

QStringList ValueWords::synonymsOf(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Collective: return {u"TT"_s, u"Tập thể, tổ chức"_s, u"Của tập thể"_s};
    case TaskKind::Individual: return {u"CN"_s, u"Cá nhân người đứng đầu"_s, u"Người đứng đầu"_s, u"Của cá nhân"_s};
    }
    return {};
}

QStringList ValueWords::synonymsOf(TaskNature nature)
{
    switch (nature) {
    case TaskNature::Breakthrough: return {u"ĐP"_s, u"Việc đột phá"_s, u"Đột phá, đổi mới"_s};
    case TaskNature::New: return {u"Mới"_s, u"Việc làm mới"_s};
    case TaskNature::Difficult: return {u"Khó"_s, u"Việc khó khăn"_s};
    case TaskNature::Shortcoming: return {u"Khắc phục"_s, u"Khắc phục tồn tại"_s, u"Khắc phục hạn chế"_s,
                                          u"Tồn tại, hạn chế"_s, u"Khắc phục tồn tại hạn chế"_s};
    }
    return {};
}

QStringList ValueWords::synonymsOf(TaskOrigin origin)
{
    switch (origin) {
    case TaskOrigin::Registered: return {u"ĐK"_s, u"Tự đăng ký"_s, u"Đăng kí"_s};
    case TaskOrigin::Assigned: return {u"Giao"_s, u"Được giao"_s, u"Ban Thường vụ giao"_s, u"BTV giao"_s};
    case TaskOrigin::Supplemented: return {u"BS"_s, u"Được bổ sung"_s};
    }
    return {};
}

QStringList ValueWords::synonymsOf(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Draft: return {u"Nháp"_s, u"Bản nháp"_s};
    case TaskStatus::Submitted: return {u"Chờ duyệt"_s, u"Đã gửi"_s, u"Gửi duyệt"_s, u"Trình duyệt"_s};
    case TaskStatus::Approved: return {u"Đã duyệt"_s, u"Duyệt"_s, u"Phê duyệt"_s};
    case TaskStatus::Returned: return {u"Trả lại"_s, u"Yêu cầu chỉnh sửa"_s};
    case TaskStatus::Rejected: return {u"Không duyệt"_s, u"Từ chối"_s};
    }
    return {};
}

QStringList ValueWords::synonymsOf(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Agency: return {u"Cơ quan, đơn vị"_s, u"Sở, ban, ngành"_s};
    case UnitKind::Commune: return {};
    case UnitKind::Ward: return {};
    case UnitKind::Township: return {};
    case UnitKind::SpecialZone: return {};
    case UnitKind::PartyOrganisation: return {u"TCCSĐ"_s, u"Tổ chức cơ sở Đảng"_s, u"Đảng bộ"_s, u"Chi bộ"_s,
                                              u"Đảng bộ cơ sở"_s, u"Chi bộ cơ sở"_s};
    case UnitKind::Other: return {u"Khác"_s};
    }
    return {};
}

} // namespace dotpha
