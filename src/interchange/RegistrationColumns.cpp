#include "RegistrationColumns.h"

#include "TextFolding.h"
#include "VietnameseTerms.h"

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

struct HeaderNames
{
    QString vietnamese;
    QStringList english;
};

const QList<HeaderNames> &names()
{
    static const QList<HeaderNames> all = {
        {u"Năm"_s, {u"Year"_s}},
        {u"Loại"_s, {u"Kind"_s, u"Type"_s}},
        {u"Đơn vị"_s, {u"Unit"_s}},
        {u"Loại đơn vị"_s, {u"Unit kind"_s, u"Unit type"_s}},
        {u"Họ và tên"_s, {u"Full name"_s, u"Name"_s, u"Person"_s}},
        {u"Chức vụ"_s, {u"Position"_s}},
        {u"Tên việc"_s, {u"Title"_s, u"Task"_s}},
        {u"Nội dung"_s, {u"Content"_s}},
        {u"Mục tiêu"_s, {u"Objective"_s, u"Objectives"_s}},
        {u"Kết quả cần đạt"_s, {u"Expected result"_s, u"Expected results"_s, u"Mục tiêu / Kết quả cần đạt"_s,
                                u"Objective / Expected result"_s}},
        {u"Giải pháp"_s, {u"Solutions"_s}},
        {u"Tính chất"_s, {u"Nature"_s}},
        {u"Lĩnh vực"_s, {u"Field"_s}},
        {u"Thời hạn"_s, {u"Deadline"_s}},
        {u"Nguồn"_s, {u"Origin"_s, u"Nguồn gốc"_s}},
        {u"Trạng thái"_s, {u"Status"_s}},
    };
    return all;
}

QString key(const QString &header)
{
    QString folded = TextFolding::fold(header);
    folded.remove(QLatin1Char(' '));
    return folded;
}

} // namespace

QString RegistrationColumns::header(Column column)
{
    return names().at(column).vietnamese;
}

QStringList RegistrationColumns::headers()
{
    QStringList all;
    for (const HeaderNames &name : names())
        all << name.vietnamese;
    return all;
}

std::optional<RegistrationColumns::Column> RegistrationColumns::columnOf(const QString &header)
{
    const QString wanted = key(header);
    if (wanted.isEmpty())
        return std::nullopt;
    for (int column = 0; column < ColumnCount; ++column) {
        const HeaderNames &name = names().at(column);
        if (key(name.vietnamese) == wanted)
            return Column(column);
        for (const QString &alias : name.english) {
            if (key(alias) == wanted)
                return Column(column);
        }
    }
    return std::nullopt;
}

QVariantList RegistrationColumns::values(const Task &task, const QHash<qint64, QString> &fieldNames)
{
    QVariantList values(ColumnCount, QString());
    values[Year] = task.isMultiYear() ? QVariant(u"%1-%2"_s.arg(task.year).arg(task.lastYear())) : QVariant(task.year);
    values[Kind] = VietnameseTerms::word(task.kind);
    values[Unit] = task.unitNameAtRegistration;
    values[OwnerKind] = VietnameseTerms::word(task.unitKindAtRegistration);
    values[FullName] = task.personNameAtRegistration;
    values[Position] = task.positionAtRegistration;
    values[Title] = task.title;
    values[Content] = task.content;
    values[Objective] = task.objective;
    values[ExpectedResult] = task.expectedResult;
    values[Solutions] = task.solutions;
    values[Nature] = VietnameseTerms::word(task.nature);
    values[Field] = task.fieldId ? fieldNames.value(*task.fieldId) : QString();
    values[Deadline] = task.deadline;
    values[Origin] = VietnameseTerms::word(task.origin);
    values[Status] = VietnameseTerms::word(task.status);
    return values;
}

QString RegistrationColumns::text(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate) {
        const QDate date = value.toDate();
        return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
    }
    return value.toString();
}

} // namespace dotpha
