#include "Workspace.h"

#include "DatabaseRestore.h"
#include "SqliteRepositories.h"

#include <QDir>
#include <QFile>

namespace dotpha {

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, Database::Mode mode,
                                                   const AutomaticBackups *backups)
{
    Result<std::unique_ptr<Database>> database = Database::open(path, mode, backups);
    if (!database)
        return database.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(database).value()));
}

namespace {

// A target that does not open (damaged, not a database, newer) cannot name who may replace it.
Status authoriseReplacing(const QString &target, const Workspace::Authorise &authorise)
{
    if (!authorise || !QFile::exists(target))
        return {};
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(target, Database::Mode::ReadOnly);
    if (!opened)
        return {};
    return authorise(**opened);
}

} // namespace

Result<QString> Workspace::restoreBackup(const QString &backup, const QString &target,
                                         const RestoreAuthorisation &authorisation)
{
    if (const Status replacing = authoriseReplacing(target, authorisation.replaced); !replacing)
        return replacing.error();
    Result<std::unique_ptr<Database>> staged = DatabaseRestore::stage(backup, target);
    if (!staged)
        return staged.error();
    const Status accepted = [&]() -> Status {
        Workspace opened(std::move(staged).value());
        const Result<QStringList> problems = DatabaseRestore::problemsOf(opened.database());
        if (!problems)
            return problems.error();
        if (!problems->isEmpty())
            return Error(Error::Kind::Refused,
                         tr("The backup %1 was not restored, because it does not pass the checks:")
                                 .arg(QDir::toNativeSeparators(backup))
                             + u'\n' + problems->join(u'\n'));
        return authorisation.backup ? authorisation.backup(opened) : Status();
    }();   // the copy is closed here, so that it can be renamed
    if (!accepted) {
        DatabaseRestore::discard(target);
        return accepted.error();
    }
    Result<QString> kept = DatabaseRestore::install(target);
    if (!kept)
        DatabaseRestore::discard(target);
    return kept;
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
