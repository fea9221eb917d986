#pragma once

#include "ExchangeReport.h"

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

    // What is wrong with the options of invocation, for a usage error; empty when nothing is.
    static QString usageProblem(const CliInvocation &invocation);
    // Exit codes as CliApplication's.
    int run(const CliInvocation &invocation);

private:
    // This committee's key fingerprint, which other committees register.
    int key();
    // This committee's year, up to its superior (ExchangeSender).
    int exportRegistrations(const CliInvocation &invocation);
    // A subordinate committee's package, with its merge report (ExchangeReceiver).
    int importPackage(const CliInvocation &invocation);
    void printReport(const ExchangeReport &report);

    CliSession &m_session;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace dotpha
