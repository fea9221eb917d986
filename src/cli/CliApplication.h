#pragma once

#include "AuditHead.h"
#include "Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace dotpha {

class CliSession;
struct Repositories;
struct ReportData;
struct ServerAddress;
class Error;
struct CliInvocation;

// dotpha-cli: `dotpha-cli --db PATH COMMAND [options]`. Exit codes: 0 done; 1 a problem with the
// data or the input (message on the error stream); 2 wrong usage. Commands that change the
// database sign in first (CliSession); those that only read do not. Input and output go through
// the given streams so that tests run commands in-process.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    enum ExitCode { Done = 0, DataProblem = 1, Usage = 2 };

    CliApplication(QTextStream &in, QTextStream &out, QTextStream &err);
    // arguments as in main(): the first is the program name.
    int run(const QStringList &arguments);

private:
    int dispatch(const CliInvocation &invocation);
    int init(const CliInvocation &invocation);
    int summary(const CliInvocation &invocation);
    int due(const CliInvocation &invocation);
    int attach(const CliInvocation &invocation);
    int attachments(const CliInvocation &invocation);
    int extract(const CliInvocation &invocation);
    int writeDueList(const CliInvocation &invocation, Repositories &repositories, const QDate &today, int days,
                     std::optional<int> year);
    // --date, today when not given; none when it is not a date.
    static std::optional<QDate> documentDate(const CliInvocation &invocation);
    int check(const CliInvocation &invocation);
    int backup(const CliInvocation &invocation);
    int restore(const CliInvocation &invocation);
    int generate(const CliInvocation &invocation);
    int report(const CliInvocation &invocation);
    int taskSheet(const CliInvocation &invocation);
    int writeSixMonthReview(Repositories &repositories, ReportData data, const QDate &asOf, const QString &out);
    int exportRegistrations(const CliInvocation &invocation);
    int importRegistrations(const CliInvocation &invocation);
    int exportAudit(const CliInvocation &invocation);
    int users(const CliInvocation &invocation);
    int server(const CliInvocation &invocation);
    int exchange(const CliInvocation &invocation);
    int review(const CliInvocation &invocation);
    int uploadToServer(const QString &file, const ServerAddress &address);
    int restoreOnServer(const QString &backup, const ServerAddress &address,
                        const std::optional<AuditHead::Expected> &expected);

    // The database of invocation, or null after reporting why it cannot be opened.
    std::unique_ptr<CliSession> openSession(const CliInvocation &invocation, Database::Mode mode);
    // The same, signed in to write (CliSession::signInToWrite).
    std::unique_ptr<CliSession> openSessionToWrite(const CliInvocation &invocation, Database::Mode mode);
    int fail(const Error &error);
    int usageError(const QString &message);
    QString usage() const;

    QTextStream &m_in;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace dotpha
