#pragma once

#include "Result.h"
#include "ReviewService.h"

#include <QCoreApplication>
#include <QTextStream>

namespace dotpha {

class CliSession;
struct CliInvocation;

// `dotpha-cli review approve|adjust|return|reject|rate --task ID ...`: a reviewer's decisions, so
// that reviews can be scripted and tested like everything else. Each goes through ReviewService
// exactly as the window's do, with the same rules, in one transaction, under the account signed
// in with --user. The caller has checked the subcommand and opened the session.
class CliReviewCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliReviewCommands)

public:
    CliReviewCommands(CliSession &session, QTextStream &out, QTextStream &err)
        : m_session(session), m_out(out), m_err(err) {}

    static bool isKnown(const QString &subcommand);
    // What is wrong with the options of invocation, for a usage error; empty when nothing is.
    static QString usageProblem(const CliInvocation &invocation);
    // Exit codes as CliApplication's.
    int run(const CliInvocation &invocation);

private:
    static ReviewService::Details detailsOf(const CliInvocation &invocation);
    Result<int> decide(const CliInvocation &invocation, const QString &subcommand, qint64 taskId);
    Result<int> adjust(const CliInvocation &invocation, qint64 taskId);
    Result<int> rate(const CliInvocation &invocation, qint64 taskId);

    CliSession &m_session;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace dotpha
