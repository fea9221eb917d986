#pragma once

#include "RestoreAuthority.h"
#include "Result.h"

#include <QCoreApplication>
#include <QTextStream>

namespace dotpha {

class Workspace;
struct CliInvocation;

// `dotpha-cli restore BACKUP`: puts a checked backup in place of the database. Both sides must
// agree (RestoreAuthority): the database being replaced, when it opens with accounts, and the
// backup, when it has accounts, each sign --user in as one of their administrators, with the one
// password read once (DOTPHA_PASSWORD or the first line of standard input).
class CliRestoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliRestoreCommand)

public:
    explicit CliRestoreCommand(QTextStream &in) : m_in(in) {}

    // Returns where the replaced database was kept (empty when there was none).
    Result<QString> run(const CliInvocation &invocation, const QString &backup);

private:
    Status signIn(const CliInvocation &invocation, Workspace &database, RestoreAuthority::Side side);
    static Status holdsExpectedHead(const CliInvocation &invocation, Workspace &staged, const QString &backup);
    const QString &password();

    QTextStream &m_in;
    QString m_password;
    bool m_passwordRead = false;
};

} // namespace dotpha
