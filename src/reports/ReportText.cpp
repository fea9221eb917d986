#include "ReportText.h"

#include "Task.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace dotpha {

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

QString ReportText::auditHead(const AuditHead &head)
{
    const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
    const QDateTime local = head.recordedAt.toLocalTime();
    return u"Nhật ký thay đổi đến %1 ngày %2 gồm %3 bản ghi; dấu niêm phong %4."_s.arg(
        local.toString(u"HH:mm"_s), local.toString(u"dd/MM/yyyy"_s), vietnamese.toString(head.records), head.code());
}

} // namespace dotpha
