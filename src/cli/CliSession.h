#pragma once

#include "Result.h"
#include "Services.h"
#include "User.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace dotpha {

struct CliInvocation;

// The database a command works on, with its services and, for a command that writes, the account
// it acts as. On a database with accounts, writing needs --user LOGIN and that account's password,
// read from DOTPHA_PASSWORD or else the first line of standard input (never from the arguments),
// checked as the window's sign-in checks it; the change log then names "dotpha-cli (name)". On a
// database without accounts, the command acts as the system account, named "dotpha-cli". On the
// office server with a person's login, the server has checked the password: that login's account
// acts; the database's owner names the account it acts as with --user, without a password.
class CliSession
{
    Q_DECLARE_TR_FUNCTIONS(CliSession)

public:
    enum class Access { Read, Write };

    // Opens the database of invocation, copying it first when its data format must be upgraded.
    static Result<std::unique_ptr<CliSession>> open(const CliInvocation &invocation, QTextStream &in, Database::Mode mode);
    // Signs in for a command that writes, as described above.
    Status signInToWrite(const CliInvocation &invocation);
    // A whole line of standard input (a password), without its line break.
    QString readLine();

    Workspace &workspace() { return *m_workspace; }
    // How messages name the database: a file's name, or the server and database.
    QString databaseName() const;
    Repositories &repositories() { return m_workspace->repositories(); }
    Services &services() { return *m_services; }
    const User &actor() const { return m_actor; }
    bool hasAccounts() const { return m_hasAccounts; }

    // The password of an account signing in: DOTPHA_PASSWORD, or else a line of in.
    static QString signInPassword(QTextStream &in);

private:
    CliSession(std::unique_ptr<Workspace> workspace, QTextStream &in);
    Status actAs(const User &user, const QString &name);
    Status signInOnServer(const CliInvocation &invocation);

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Services> m_services;
    QTextStream &m_in;
    User m_actor;
    bool m_hasAccounts = false;
};

} // namespace dotpha
