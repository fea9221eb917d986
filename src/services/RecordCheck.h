#pragma once

#include "Repositories.h"
#include "Result.h"

#include <QStringList>

namespace dotpha {

// What `check` and Check the seals prove of a database's records: the trail against its seals and
// every record against the trail (AuditRepository::verify), and every evidence file against its
// SHA-256 (AttachmentReader). One line for each problem, in the user's language.
class RecordCheck
{
public:
    static Result<QStringList> problems(Repositories &repositories);
};

} // namespace dotpha
