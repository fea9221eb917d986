#include "ReportText.h"

#include "Task.h"

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

} // namespace dotpha
