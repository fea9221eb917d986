#pragma once

#include "Decision.h"
#include "Repositories.h"
#include "Result.h"
#include "Task.h"

#include <QCoreApplication>
#include <QStringList>

namespace dotpha {

// What `check` proves of the record's meaning, beyond its seals. A program that can write the file
// can also write the trail and seal it again, so a well-sealed record may still say what no
// decision made it say: a returned task turned "approved". Each task's review state must follow
// from its decisions, in the order they were recorded:
// - approved after an approval, an assignment or a supplement (or carried over from a closed year,
//   which a decision of that year approved);
// - returned after a return, rejected after a rejection; draft or submitted only before any
//   decision, or after a return;
// - rated only when approved and after a rating, a score only with a rating;
// and a closed year's tasks are as they were closed, changed since only by late amendments. A late
// amendment may set anything: its snapshot, not a rule, says what it made the task.
class RecordMeaning
{
    Q_DECLARE_TR_FUNCTIONS(RecordMeaning)

public:
    static Result<QStringList> problems(Repositories &repositories);
    // One task against its decisions (any order): one line for each rule it breaks.
    static QStringList ofTask(const Task &task, QList<Decision> decisions);

private:
    static Result<QStringList> problemsOfYear(Repositories &repositories, int year);
    static Result<QStringList> changedSinceClosing(Repositories &repositories, int year);
};

} // namespace dotpha
