#pragma once

#include "Attachment.h"
#include "Indicator.h"
#include "IndicatorValue.h"
#include "Person.h"
#include "ProgressNote.h"
#include "Result.h"
#include "Task.h"
#include "Unit.h"
#include "WorkItem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace dotpha {

// What a committee sends its superior of one year (records.json of a registrations package,
// docs/exchange.md): its registrations (every task of the year but drafts and removed ones) with
// their work items, indicators and their values, progress notes, self-assessment and evidence
// files, and the units and leaders they belong to. Every id is the sender's own: with the
// sender's key it is the record's stable identity at the receiver, whatever its name becomes.
struct RegistrationRecords
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationRecords)

public:
    struct IndicatorRecord
    {
        Indicator indicator;
        QList<IndicatorValue> values;
    };
    struct FileRecord
    {
        Attachment attachment;
        QString part;   // the package's part holding its bytes
    };
    struct TaskRecord
    {
        Task task;
        QString fieldName;   // empty when none
        QList<WorkItem> workItems;
        QList<IndicatorRecord> indicators;
        QList<ProgressNote> progressNotes;
        QList<FileRecord> files;
    };

    int year = 0;
    QList<Unit> units;
    QList<Person> people;
    QList<TaskRecord> tasks;

    QByteArray toJson() const;
    // Refused, naming the record and field, when json is not as toJson writes it.
    static Result<RegistrationRecords> fromJson(const QByteArray &json);
    // What makes records that read well unfit for a package of year, as a clause ("task #12 is of
    // 2025"); empty when nothing does: another year, an id given twice, a leader not sent.
    QString inconsistency(int packageYear) const;
};

} // namespace dotpha
