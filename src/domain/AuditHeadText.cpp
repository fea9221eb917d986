#include "AuditHeadText.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace dotpha {

QString AuditHeadText::describe(const AuditHead &head)
{
    const QDateTime local = head.recordedAt.toLocalTime();
    return tr("Change log: %n record(s) up to %1 on %2; seal %3 (dotpha-cli check --expect %3).", nullptr,
              int(head.records))
        .arg(local.toString(u"HH:mm"_s), local.toString(u"dd/MM/yyyy"_s), head.code());
}

} // namespace dotpha
