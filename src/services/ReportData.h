#pragma once

#include "AuditHead.h"
#include "CommitteeSettings.h"
#include "Task.h"
#include "YearSummary.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace dotpha {

// What a printed document of a year shows: the committee, the year's summary, its tasks in report
// order (collective before individual, then by the owner's kind at registration, then by
// registration) and how many adjustments each task had. Every task of the year is there, rejected
// ones included: each document says which it shows (YearEndResults for the year-end report).
struct ReportData
{
    CommitteeSettings committee;
    YearSummary summary;
    QList<Task> tasks;
    QHash<qint64, int> adjustments;   // by task id
    QHash<qint64, QString> fieldNames;
    // The change log's newest seal when the data was read: printed, it is what a later
    // `check --expect` compares the file with.
    std::optional<AuditHead> auditHead;
    // Set by whoever prints: the document's number ("10" in "Số 10-BC/HU"), its date and signer.
    QString number;
    QDate date;
    QString signerPosition;
    QString signerName;
};

} // namespace dotpha
