#include "ColumnNames.h"

#include <QLocale>

#include "DecisionKind.h"
#include "EnumNames.h"

#include <QDate>
#include <QHash>

using namespace Qt::StringLiterals;

namespace dotpha {

QString ColumnNames::entity(const QString &table)
{
    static const QHash<QString, const char *> names = {
        {u"task"_s, QT_TR_NOOP("task")},
        {u"unit"_s, QT_TR_NOOP("unit")},
        {u"person"_s, QT_TR_NOOP("person")},
        {u"field"_s, QT_TR_NOOP("field")},
        {u"app_user"_s, QT_TR_NOOP("user account")},
        {u"decision"_s, QT_TR_NOOP("decision")},
        {u"progress_note"_s, QT_TR_NOOP("progress note")},
        {u"work_item"_s, QT_TR_NOOP("work item")},
        {u"indicator"_s, QT_TR_NOOP("indicator")},
        {u"indicator_value"_s, QT_TR_NOOP("indicator value")},
        {u"committee_settings"_s, QT_TR_NOOP("committee settings")},
        {u"closed_year"_s, QT_TR_NOOP("closed year")},
        {u"attachment"_s, QT_TR_NOOP("attached file")},
        {u"exchange_sent"_s, QT_TR_NOOP("package sent")},
        {u"exchange_partner"_s, QT_TR_NOOP("registered sender")},
        {u"exchange_received"_s, QT_TR_NOOP("package received")},
        {u"exchange_link"_s, QT_TR_NOOP("record received")},
    };
    const auto found = names.constFind(table);
    return found == names.constEnd() ? table : tr(found.value());
}

QString ColumnNames::label(const QString &column)
{
    static const QHash<QString, const char *> labels = {
        {u"year"_s, QT_TR_NOOP("Year")},
        {u"end_year"_s, QT_TR_NOOP("Last year")},
        {u"kind"_s, QT_TR_NOOP("Kind")},
        {u"unit_id"_s, QT_TR_NOOP("Unit")},
        {u"person_id"_s, QT_TR_NOOP("Person")},
        {u"unit_name_at_registration"_s, QT_TR_NOOP("Unit as registered")},
        {u"unit_kind_at_registration"_s, QT_TR_NOOP("Kind of unit as registered")},
        {u"person_name_at_registration"_s, QT_TR_NOOP("Person as registered")},
        {u"position_at_registration"_s, QT_TR_NOOP("Position as registered")},
        {u"title"_s, QT_TR_NOOP("Title")},
        {u"content"_s, QT_TR_NOOP("Content")},
        {u"objective"_s, QT_TR_NOOP("Objective")},
        {u"expected_result"_s, QT_TR_NOOP("Expected result")},
        {u"solutions"_s, QT_TR_NOOP("Solutions")},
        {u"deadline"_s, QT_TR_NOOP("Deadline")},
        {u"nature"_s, QT_TR_NOOP("Nature")},
        {u"field_id"_s, QT_TR_NOOP("Field")},
        {u"origin"_s, QT_TR_NOOP("Origin")},
        {u"status"_s, QT_TR_NOOP("Status")},
        {u"progress_percent"_s, QT_TR_NOOP("Progress (%)")},
        {u"rating"_s, QT_TR_NOOP("Rating")},
        {u"score"_s, QT_TR_NOOP("Score")},
        {u"score_excellent"_s, QT_TR_NOOP("Score for excellent")},
        {u"score_good"_s, QT_TR_NOOP("Score for good")},
        {u"score_completed"_s, QT_TR_NOOP("Score for completed")},
        {u"assessment"_s, QT_TR_NOOP("Assessment")},
        {u"deleted_at"_s, QT_TR_NOOP("Moved to the recycle bin")},
        {u"continues_task_id"_s, QT_TR_NOOP("Continues task")},
        {u"name"_s, QT_TR_NOOP("Name")},
        {u"full_name"_s, QT_TR_NOOP("Full name")},
        {u"position"_s, QT_TR_NOOP("Position")},
        {u"display_name"_s, QT_TR_NOOP("Name")},
        {u"role"_s, QT_TR_NOOP("Role")},
        {u"active"_s, QT_TR_NOOP("Active")},
        {u"password_hash"_s, QT_TR_NOOP("Password")},
        {u"password_fingerprint"_s, QT_TR_NOOP("Password fingerprint")},
        {u"text"_s, QT_TR_NOOP("Text")},
        {u"percent"_s, QT_TR_NOOP("Percent")},
        {u"due_on"_s, QT_TR_NOOP("Due")},
        {u"done_on"_s, QT_TR_NOOP("Done")},
        {u"value"_s, QT_TR_NOOP("Value")},
        {u"baseline"_s, QT_TR_NOOP("Baseline")},
        {u"target"_s, QT_TR_NOOP("Target")},
        {u"unit_of_measure"_s, QT_TR_NOOP("Unit of measure")},
        {u"noted_on"_s, QT_TR_NOOP("Date")},
        {u"measured_on"_s, QT_TR_NOOP("Date")},
        {u"parent_id"_s, QT_TR_NOOP("Parent unit")},
        {u"successor_id"_s, QT_TR_NOOP("Successor")},
        {u"active_from_year"_s, QT_TR_NOOP("Active from")},
        {u"active_to_year"_s, QT_TR_NOOP("Active until")},
        {u"committee_name"_s, QT_TR_NOOP("Committee")},
        {u"task_id"_s, QT_TR_NOOP("Task")},
        {u"decided_on"_s, QT_TR_NOOP("Decided on")},
        {u"number"_s, QT_TR_NOOP("Number and symbol")},
        {u"reviewer_id"_s, QT_TR_NOOP("Reviewer")},
        {u"reviewer_name"_s, QT_TR_NOOP("Reviewer's name")},
        {u"reason"_s, QT_TR_NOOP("Reason")},
        {u"before_json"_s, QT_TR_NOOP("Before")},
        {u"after_json"_s, QT_TR_NOOP("After")},
        {u"recorded_at"_s, QT_TR_NOOP("Recorded at")},
        {u"late_amendment"_s, QT_TR_NOOP("Late amendment")},
        {u"author_id"_s, QT_TR_NOOP("Author")},
        {u"indicator_id"_s, QT_TR_NOOP("Indicator")},
        {u"note"_s, QT_TR_NOOP("Note")},
        {u"login"_s, QT_TR_NOOP("Login")},
        {u"is_sample"_s, QT_TR_NOOP("Sample data")},
        {u"superior_body"_s, QT_TR_NOOP("Superior body")},
        {u"place_name"_s, QT_TR_NOOP("Place name")},
        {u"issuer_symbol"_s, QT_TR_NOOP("Issuer's symbol")},
        {u"margin_top_mm"_s, QT_TR_NOOP("Top margin (mm)")},
        {u"margin_bottom_mm"_s, QT_TR_NOOP("Bottom margin (mm)")},
        {u"margin_left_mm"_s, QT_TR_NOOP("Left margin (mm)")},
        {u"margin_right_mm"_s, QT_TR_NOOP("Right margin (mm)")},
        {u"attachment_limit_mb"_s, QT_TR_NOOP("Attached file size limit (MB)")},
        {u"closed_at"_s, QT_TR_NOOP("Closed at")},
        {u"closed_by"_s, QT_TR_NOOP("Closed by")},
        {u"progress_note_id"_s, QT_TR_NOOP("Progress note")},
        {u"work_item_id"_s, QT_TR_NOOP("Work item")},
        {u"decision_id"_s, QT_TR_NOOP("Decision")},
        {u"file_name"_s, QT_TR_NOOP("File name")},
        {u"media_type"_s, QT_TR_NOOP("File type")},
        {u"size_bytes"_s, QT_TR_NOOP("Size (bytes)")},
        {u"added_by"_s, QT_TR_NOOP("Added by")},
        {u"removed_at"_s, QT_TR_NOOP("Removed at")},
        {u"sha256"_s, QT_TR_NOOP("SHA-256 fingerprint")},
        {u"receiver"_s, QT_TR_NOOP("Receiving committee")},
        {u"sequence"_s, QT_TR_NOOP("Package number")},
        {u"manifest_sha256"_s, QT_TR_NOOP("Package fingerprint (SHA-256)")},
        {u"sent_by"_s, QT_TR_NOOP("Sent by")},
        {u"sent_at"_s, QT_TR_NOOP("Sent at")},
        {u"committee"_s, QT_TR_NOOP("Committee")},
        {u"public_key"_s, QT_TR_NOOP("Public key")},
        {u"accepted_by"_s, QT_TR_NOOP("Accepted by")},
        {u"accepted_at"_s, QT_TR_NOOP("Accepted at")},
        {u"partner_id"_s, QT_TR_NOOP("Sending committee")},
        {u"received_by"_s, QT_TR_NOOP("Received by")},
        {u"received_at"_s, QT_TR_NOOP("Received at")},
        {u"entity"_s, QT_TR_NOOP("Record kind")},
        {u"remote_id"_s, QT_TR_NOOP("Sender's number")},
        {u"local_id"_s, QT_TR_NOOP("Number here")},
        {u"remote_version"_s, QT_TR_NOOP("Sender's version")},
    };
    const auto found = labels.constFind(column);
    return found == labels.constEnd() ? column : tr(found.value());
}

namespace {

template <typename Enum>
std::optional<QString> enumName(const QString &stored)
{
    const std::optional<Enum> value = fromCode<Enum>(stored);
    return value ? std::optional<QString>(EnumNames::name(*value)) : std::nullopt;
}

} // namespace

QString ColumnNames::value(const QString &column, const QString &stored)
{
    std::optional<QString> named;
    if (column == u"status"_s)
        named = enumName<TaskStatus>(stored);
    else if (column == u"nature"_s)
        named = enumName<TaskNature>(stored);
    else if (column == u"origin"_s)
        named = enumName<TaskOrigin>(stored);
    else if (column == u"rating"_s)
        named = enumName<Rating>(stored);
    else if (column == u"role"_s)
        named = enumName<UserRole>(stored);
    else if (column == u"kind"_s)
        named = enumName<TaskKind>(stored) ? enumName<TaskKind>(stored)
                : enumName<UnitKind>(stored) ? enumName<UnitKind>(stored) : enumName<DecisionKind>(stored);
    else if (column.endsWith(u"_kind_at_registration"_s))
        named = enumName<UnitKind>(stored);
    if (named)
        return *named;
    // Measured numbers are stored in the C locale ("47.5"); they read in the user's ("47,5").
    if (column == u"value"_s || column == u"target"_s || column == u"baseline"_s) {
        bool isNumber = false;
        const double number = QLocale::c().toDouble(stored, &isNumber);
        if (isNumber)
            return QLocale().toString(number, 'f', QLocale::FloatingPointShortest);
    }
    const QDate date = QDate::fromString(stored.left(10), Qt::ISODate);
    if (stored.size() == 10 && date.isValid())
        return date.toString(u"dd/MM/yyyy"_s);
    return stored;
}

} // namespace dotpha
