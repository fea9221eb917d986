#pragma once

#include "Database.h"
#include "Repositories.h"
#include "Result.h"

#include <memory>

namespace dotpha {

class SqliteRepositories;

// One open database with its repositories: the one place where the SQLite implementations are
// wired to the interfaces that services, models and commands use.
class Workspace
{
public:
    static Result<std::unique_ptr<Workspace>> open(const QString &path,
                                                   Database::Mode mode = Database::Mode::OpenOrCreate);
    ~Workspace();

    Database &database() { return *m_database; }
    Repositories &repositories();

private:
    explicit Workspace(std::unique_ptr<Database> database);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqliteRepositories> m_repositories;
};

} // namespace dotpha
