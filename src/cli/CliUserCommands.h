#pragma once

#include <QCoreApplication>
#include <QTextStream>

#include <optional>

namespace dotpha {

class CliSession;
class Error;
struct CliInvocation;

// `dotpha-cli user add|list|passwd|disable`: the accounts of a database, kept by its
// administrators. Passwords come from standard input, one a line, never from the arguments: first
// the signing-in administrator's (unless DOTPHA_PASSWORD holds it), then the new one. On a
// database without accounts, `user add LOGIN --role administrator` creates the first
// administrator, whose password is the only line.
class CliUserCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliUserCommands)

public:
    CliUserCommands(CliSession &session, QTextStream &out) : m_session(session), m_out(out) {}

    // The exit code; the subcommand and its arguments were checked by the caller.
    int run(const CliInvocation &invocation, QTextStream &err);

    // The user subcommands and what each needs, for the caller's usage checks.
    static bool isKnown(const QString &subcommand);
    static bool writes(const QString &subcommand) { return subcommand != QLatin1String("list"); }

private:
    int list();
    int add(const CliInvocation &invocation);
    std::optional<QString> newPassword();
    int setPassword(const QString &login);
    int disable(const QString &login);
    int fail(const Error &error);

    CliSession &m_session;
    QTextStream &m_out;
    QTextStream *m_err = nullptr;
};

} // namespace dotpha
