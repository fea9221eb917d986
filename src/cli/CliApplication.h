#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace dotpha {

class Error;
class Workspace;

// dotpha-cli: `dotpha-cli --db PATH COMMAND [options]`. Exit codes: 0 done; 1 a problem with the
// data or the input (message on the error stream); 2 wrong usage. Output goes to the given streams
// so that tests run commands in-process.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    enum ExitCode { Done = 0, DataProblem = 1, Usage = 2 };

    CliApplication(QTextStream &out, QTextStream &err);
    // arguments as in main(): the first is the program name.
    int run(const QStringList &arguments);

private:
    struct Invocation;

    int init(const Invocation &invocation);
    int summary(const Invocation &invocation);
    int check(const Invocation &invocation);
    int backup(const Invocation &invocation);
    int generate(const Invocation &invocation);
    int report(const Invocation &invocation);
    int taskSheet(const Invocation &invocation);
    int exportRegistrations(const Invocation &invocation);
    int importRegistrations(const Invocation &invocation);
    int exportAudit(const Invocation &invocation);

    std::unique_ptr<Workspace> openWorkspace(const Invocation &invocation, bool mustExist);
    int fail(const Error &error);
    int usageError(const QString &message);
    QString usage() const;

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace dotpha
