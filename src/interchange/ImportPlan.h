#pragma once

#include "RegistrationColumns.h"
#include "Task.h"
#include "UnitKind.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dotpha {

// What an import would do, worked out before anything is written: the rows that can be imported,
// every problem by row and column, and the units, people and fields that do not exist yet (created
// only when the user agrees). Nothing in it is trusted when it is carried out: the rules are
// checked again in the import's transaction.
struct ImportPlan
{
    struct Problem
    {
        int row;          // as numbered in the spreadsheet, from 1
        QString column;   // the column's header, or empty for the whole row
        QString message;
        // A row registered already (or twice in the file): skipped, nothing to correct, so an
        // import of the same file again does no harm and says so.
        bool alreadyRegistered = false;
    };
    struct Row
    {
        int row;
        Task task;   // ids of the owner, person and field filled in where they exist
        QString unitName;
        UnitKind unitKind = UnitKind::Other;
        QString personName;
        QString position;
        QString fieldName;
        // The reviewer's decision the file reports (approved, rejected, returned), recorded as
        // a decision after the registration is stored as submitted; only when the plan was made
        // to record decisions.
        std::optional<TaskStatus> decision;
    };

    // A value outside a column's words, with how many rows write it: what the user may map, or
    // has mapped.
    struct UnknownValue
    {
        RegistrationColumns::Column columnId = RegistrationColumns::Year;
        QString column;        // the column's header
        QString text;          // as the file first writes it
        int count = 0;
        QStringList accepted;  // our words for the column
        QString mappedTo;      // the word of ours the user's mapping gave it; empty when unmapped
    };

    int headerRow = 0;
    QStringList unrecognisedHeaders;
    QList<Row> rows;
    QList<Problem> problems;
    QStringList newUnits;
    QStringList newPeople;
    QStringList newFields;
    QList<UnknownValue> unknownValues;   // in the order first met, mapped ones too
    int duplicates = 0;
    int decisions = 0;   // rows whose decision would be recorded
    int reportedDecisions = 0;   // rows whose status is a decision, recorded or refused

    bool needsNewRecords() const { return !newUnits.isEmpty() || !newPeople.isEmpty() || !newFields.isEmpty(); }
    // Problems to correct before an import without --skip-invalid: all but rows already registered.
    qsizetype blockingProblems() const { return problems.size() - duplicates; }
};

} // namespace dotpha
