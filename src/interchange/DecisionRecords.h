#pragma once

#include "DecisionKind.h"
#include "Result.h"
#include "Task.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace dotpha {

// What a superior committee sends a subordinate one of a year (records.json of a decisions package,
// docs/exchange.md): its reviewers' decisions on the registrations that committee sent it, oldest
// first. Each names the task by the receiver's own id (the id its package sent), and carries the
// task as the decision left it: its wording, status and, for a rating, the level, score and
// assessment.
struct DecisionRecords
{
    Q_DECLARE_TR_FUNCTIONS(DecisionRecords)

public:
    struct Record
    {
        qint64 id = 0;        // the sender's own decision id: the decision's identity
        qint64 taskId = 0;    // the receiver's task
        DecisionKind kind = DecisionKind::Approve;
        QDate decidedOn;
        QString number;
        QString reviewerName;
        QString reason;
        Task after;           // title, content, objective, expectedResult, solutions, deadline,
                              // endYear, nature, status, rating, score, assessment
    };

    int year = 0;
    QList<Record> decisions;

    QByteArray toJson() const;
    static Result<DecisionRecords> fromJson(const QByteArray &json);
};

} // namespace dotpha
