#pragma once

#include "Database.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace dotpha {

// Putting a backup in place of a database, without the two classic ways of losing it: copying a
// backup over a file whose stale -wal then gets replayed into it, and replacing a file with a
// backup nobody checked. The backup is copied beside the target and opened there (an older one
// upgraded), checked like `dotpha-cli check`, then the target, its -wal and -shm are moved aside
// together as a dated copy and the checked file renamed into place. The backup itself is never
// changed.
class DatabaseRestore
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseRestore)

public:
    // The backup, copied to stagingPath(target) and opened; refused when it is not a Dotpha
    // database that opens.
    static Result<std::unique_ptr<Database>> stage(const QString &backup, const QString &target);
    // What is wrong with a staged copy: its storage, its references, its seals and its records
    // against the trail. Empty when it is sound.
    static Result<QStringList> problemsOf(Database &staged);
    // With the staged copy closed: moves target and its companions aside and the copy into its
    // place. Returns where the replaced file was kept (empty when there was none).
    static Result<QString> install(const QString &target);
    // Removes a staged copy that will not be installed.
    static void discard(const QString &target);

    static QString stagingPath(const QString &target);

private:
    static Status moveAside(const QString &target, const QString &kept);
};

} // namespace dotpha
