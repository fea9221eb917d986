#include "AuditDiscrepancy.h"

#include "ColumnNames.h"

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

QString shown(const QString &column, const std::optional<QString> &value)
{
    if (!value)
        return AuditDiscrepancyText::tr("(nothing)");
    return value->isEmpty() ? AuditDiscrepancyText::tr("(empty)") : u"“%1”"_s.arg(ColumnNames::value(column, *value));
}

} // namespace

QString AuditDiscrepancyText::describe(const AuditDiscrepancy &d)
{
    QString record = u"%1 #%2"_s.arg(ColumnNames::entity(d.entity)).arg(d.entityId);
    if (!d.label.isEmpty())
        record += u" “%1”"_s.arg(d.label.left(80));
    switch (d.kind) {
    case AuditDiscrepancy::Kind::Changed:
        return tr("%1, %2: the database holds %3 where the change log says %4; it was changed outside Dotpha.")
            .arg(record, ColumnNames::label(d.column), shown(d.column, d.stored), shown(d.column, d.recorded));
    case AuditDiscrepancy::Kind::Unrecorded:
        return tr("%1 has no history in the change log: it was added outside Dotpha.").arg(record);
    case AuditDiscrepancy::Kind::Removed:
        return tr("%1 is in the change log but no longer in the database: it was removed outside Dotpha.").arg(record);
    case AuditDiscrepancy::Kind::Reappeared:
        return tr("%1 was deleted according to the change log but is in the database again: it was put back outside "
                  "Dotpha.").arg(record);
    case AuditDiscrepancy::Kind::Password:
        return tr("%1: the password was replaced outside Dotpha.").arg(record);
    }
    return record;
}

} // namespace dotpha
