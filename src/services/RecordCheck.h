#pragma once

#include "Repositories.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace dotpha {

// What `check` and Check the seals prove of a database's records: the trail against its seals and
// every record against the trail (AuditRepository::verify), every evidence file against its
// SHA-256 (AttachmentReader), and the record's meaning: each task's state against its decisions,
// a closed year against its closing (RecordMeaning). One line for each problem, in the user's
// language. Apart from the problems, warnings: what is sound but was done outside Dotpha (psql,
// a script), by whom and with which program, for whoever answers for the record to look at.
class RecordCheck
{
    Q_DECLARE_TR_FUNCTIONS(RecordCheck)

public:
    static Result<QStringList> problems(Repositories &repositories);
    static Result<QStringList> warnings(Repositories &repositories);
    // The newest changes made outside Dotpha looked at: the warnings group them by who and how.
    static constexpr int OutsideChangesRead = 10000;
};

} // namespace dotpha
