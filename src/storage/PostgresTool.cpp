#include "PostgresTool.h"

#include "ServerMessageMeaning.h"

#include <QProcess>

using namespace Qt::StringLiterals;

namespace dotpha {

std::optional<PostgresTool::Failure> PostgresTool::run(const QString &program, const QStringList &arguments,
                                                        const QString &password, int timeoutMs)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    if (!password.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PGPASSWORD"_s, password);
        process.setProcessEnvironment(environment);
    }
    process.start();
    if (!process.waitForStarted())
        return Failure{tr("%1 could not be started (it comes with the PostgreSQL client tools, which must be "
                          "installed on this PC).").arg(program),
                       process.errorString()};
    const bool finished = process.waitForFinished(timeoutMs);
    const QString said = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return std::nullopt;
    process.kill();
    process.waitForFinished();
    if (said.isEmpty())
        return Failure{tr("%1 stopped before it had finished.").arg(program), said};
    // The tool speaks English: its meaning is what the user reads, its own words the detail.
    const QString meaning = ServerMessageMeaning::of(said);
    return Failure{meaning.isEmpty() ? said : meaning, said};
}

} // namespace dotpha
