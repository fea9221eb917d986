#pragma once

#include "Database.h"
#include "Repositories.h"
#include "Result.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace dotpha {

class SqliteRepositories;

// One open database with its repositories: the one place where the SQLite implementations are
// wired to the interfaces that services, models and commands use.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    // Decides whether a restore may go ahead, given one of its two databases opened.
    using Authorise = std::function<Status(Workspace &database)>;
    struct RestoreAuthorisation
    {
        // Given the database being replaced opened read-only, when it opens: typically an
        // administrator of it must agree. Asked before anything is copied.
        Authorise replaced;
        // Given the checked backup opened: an administrator of it signs in when it has accounts.
        Authorise backup;
    };

    // backups, when given, copies a file before upgrading its data format (Database::open).
    static Result<std::unique_ptr<Workspace>> open(const QString &path,
                                                   Database::Mode mode = Database::Mode::OpenOrCreate,
                                                   const AutomaticBackups *backups = nullptr);
    ~Workspace();

    // Puts backup in place of target (DatabaseRestore): target's authorisation asked, the backup
    // copied beside it and opened, checked like `dotpha-cli check`, authorised, then renamed into
    // place, the replaced file and its companions kept aside together. target must be closed by
    // the time the backup's authorisation returns. Returns where the replaced file was kept
    // (empty when there was none).
    static Result<QString> restoreBackup(const QString &backup, const QString &target,
                                         const RestoreAuthorisation &authorisation);

    Database &database() { return *m_database; }
    Repositories &repositories();

private:
    explicit Workspace(std::unique_ptr<Database> database);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqliteRepositories> m_repositories;
};

} // namespace dotpha
