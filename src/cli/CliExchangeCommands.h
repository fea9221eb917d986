#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace dotpha {

class CliSession;
struct CliInvocation;

// `dotpha-cli exchange ...`: what travels between a committee and its superior or subordinate
// ones (docs/exchange.md). The caller has opened the session.
class CliExchangeCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliExchangeCommands)

public:
    CliExchangeCommands(CliSession &session, QTextStream &out, QTextStream &err)
        : m_session(session), m_out(out), m_err(err) {}

    static bool isKnown(const QString &subcommand);
    // Exit codes as CliApplication's.
    int run(const CliInvocation &invocation);

private:
    // This committee's key fingerprint, which other committees register.
    int key();

    CliSession &m_session;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace dotpha
