#pragma once

#include "Repositories.h"
#include "Result.h"

#include <QStringList>

namespace dotpha {

// What `check` and Check the seals prove of a database's records: the trail against its seals and
// every record against the trail (AuditRepository::verify), every evidence file against its
// SHA-256 (AttachmentReader), and the record's meaning: each task's state against its decisions,
// a closed year against its closing (RecordMeaning). One line for each problem, in the user's
// language.
class RecordCheck
{
public:
    static Result<QStringList> problems(Repositories &repositories);
};

} // namespace dotpha
