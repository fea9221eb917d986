#include "AuditDescription.h"

#include "ColumnNames.h"

using namespace Qt::StringLiterals;

namespace dotpha {

QString AuditDescription::action(AuditAction action)
{
    switch (action) {
    case AuditAction::Insert: return tr("added");
    case AuditAction::Update: return tr("changed");
    case AuditAction::Delete: return tr("removed");
    case AuditAction::Baseline: return tr("recorded as it stood");
    }
    return {};
}

QString AuditDescription::actor(const AuditEntry &entry)
{
    const QString who = entry.actor.isEmpty() ? tr("(system account)") : entry.actor;
    return entry.madeOutsideDotpha() ? tr("%1 (outside Dotpha: %2)").arg(who, entry.program()) : who;
}

QString AuditDescription::subject(const AuditEntry &entry)
{
    const QString record = u"%1 #%2"_s.arg(ColumnNames::entity(entry.entity)).arg(entry.entityId);
    if (entry.field.isEmpty())
        return record;
    return record + u" \u2014 "_s + ColumnNames::label(entry.field);
}

QString AuditDescription::subjectWithin(const AuditEntry &entry, qint64 taskId)
{
    if (entry.entity != u"task"_s || entry.entityId != taskId)
        return subject(entry);
    // The task's own history: the task goes without saying, its fields do not.
    return entry.field.isEmpty() ? tr("the task") : ColumnNames::label(entry.field);
}

QString AuditDescription::change(const AuditEntry &entry)
{
    const QString described = valueChange(entry);
    return entry.note.isEmpty() ? described : u"%1 [%2]"_s.arg(described, entry.note);
}

// The column an added or removed record is named by in the trail, where it is not its name.
QString AuditDescription::labelColumn(const QString &entity)
{
    if (entity == u"decision"_s)
        return u"kind"_s;
    if (entity == u"indicator_value"_s)
        return u"value"_s;
    return {};
}

QString AuditDescription::valueChange(const AuditEntry &entry)
{
    const auto shown = [&](const std::optional<QString> &value) {
        return value ? ColumnNames::value(entry.field.isEmpty() ? labelColumn(entry.entity) : entry.field, *value)
                     : QString();
    };
    switch (entry.action) {
    case AuditAction::Insert: return tr("added: %1").arg(shown(entry.newValue));
    case AuditAction::Delete: return tr("removed: %1").arg(shown(entry.oldValue));
    case AuditAction::Baseline: return tr("as it stood: %1").arg(shown(entry.newValue));
    case AuditAction::Update:
        // A fingerprint tells nothing to a reader, and a password's traces stay out of the log's exports.
        if ((!entry.oldValue && !entry.newValue) || entry.field == u"password_fingerprint"_s)
            return tr("changed (value not recorded)");
    {
        const QString before = shown(entry.oldValue);
        const QString after = shown(entry.newValue);
        return u"%1 \u2192 %2"_s.arg(before.isEmpty() ? tr("(empty)") : before, after.isEmpty() ? tr("(empty)") : after);
    }
    }
    return {};
}

} // namespace dotpha
