#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace dotpha {

class Database;

// The state of every audited record when a file is upgraded to data format 3, written into the
// trail as one "baseline" row per record with its snapshot, and sealed. Before format 3 an
// inserted record was recorded by name only, so the trail could not say what it held; from the
// baseline on, replaying the trail gives every record's values (AuditReplay). Part of the
// migration's transaction, as are the fingerprints of the accounts' password hashes.
class AuditBaseline
{
    Q_DECLARE_TR_FUNCTIONS(AuditBaseline)

public:
    static Status record(Database &database);

private:
    static Status fingerprintPasswords(Database &database);
};

} // namespace dotpha
