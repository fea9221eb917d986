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
    // Decides whether a checked backup may be restored, given the backup opened: signs in an
    // administrator of the backup, when it has accounts.
    using Authorise = std::function<Status(Workspace &backup)>;

    // backups, when given, copies a file before upgrading its data format (Database::open).
    static Result<std::unique_ptr<Workspace>> open(const QString &path,
                                                   Database::Mode mode = Database::Mode::OpenOrCreate,
                                                   const AutomaticBackups *backups = nullptr);
    ~Workspace();

    // Puts backup in place of target (DatabaseRestore): copied beside it and opened, checked like
    // `dotpha-cli check`, authorised, then renamed into place, the replaced file and its
    // companions kept aside together. target must not be open. Returns where the replaced file
    // was kept (empty when there was none).
    static Result<QString> restoreBackup(const QString &backup, const QString &target, const Authorise &authorise);

    Database &database() { return *m_database; }
    Repositories &repositories();

private:
    explicit Workspace(std::unique_ptr<Database> database);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqliteRepositories> m_repositories;
};

} // namespace dotpha
