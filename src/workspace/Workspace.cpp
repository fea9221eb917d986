#include "Workspace.h"

#include "SqliteRepositories.h"

namespace dotpha {

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, Database::Mode mode)
{
    Result<std::unique_ptr<Database>> database = Database::open(path, mode);
    if (!database)
        return database.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(database).value()));
}

Workspace::Workspace(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_repositories(std::make_unique<SqliteRepositories>(*m_database))
{
}

// Repositories hold references to the database: they go first.
Workspace::~Workspace()
{
    m_repositories.reset();
}

Repositories &Workspace::repositories()
{
    return m_repositories->repositories();
}

} // namespace dotpha
