#include "ServerBackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

constexpr int BackupTimeoutMs = 60 * 60 * 1000;   // an hour: a province's database, over a slow line

Error failed(const QString &target, const QString &why, const QString &detail = {})
{
    return Error(Error::Kind::File, ServerBackup::tr("The backup to %1 failed: %2").arg(QDir::toNativeSeparators(target), why),
                 detail);
}

} // namespace

QString ServerBackup::program()
{
    const QString chosen = qEnvironmentVariable("DOTPHA_PG_DUMP");
    return chosen.isEmpty() ? u"pg_dump"_s : chosen;
}

Status ServerBackup::write(const ServerAddress &address, const QString &target, const QString &password)
{
    const QString absoluteTarget = QFileInfo(target).absoluteFilePath();
    const QString partial = absoluteTarget + u".partial"_s;
    QFile::remove(partial);
    QProcess dump;
    dump.setProgram(program());
    if (!password.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PGPASSWORD"_s, password);
        dump.setProcessEnvironment(environment);
    }
    // --no-password: a login without a password file fails at once rather than waiting on a prompt.
    dump.setArguments({u"--format=custom"_s, u"--no-password"_s, u"--file="_s + partial, u"--dbname="_s + address.toUri()});
    dump.start();
    if (!dump.waitForStarted())
        return failed(target, tr("%1 could not be started (it comes with the PostgreSQL client tools, which must be "
                                 "installed on this PC).").arg(program()), dump.errorString());
    const bool finished = dump.waitForFinished(BackupTimeoutMs);
    const QString said = QString::fromLocal8Bit(dump.readAllStandardError()).trimmed();
    if (!finished || dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0) {
        dump.kill();
        dump.waitForFinished();
        QFile::remove(partial);
        return failed(target, said.isEmpty() ? tr("%1 stopped before it had finished.").arg(program()) : said, said);
    }
    std::error_code renameError;
    std::filesystem::rename(partial.toStdU16String(), absoluteTarget.toStdU16String(), renameError);
    if (renameError) {
        QFile::remove(partial);
        return failed(target, QString::fromStdString(renameError.message()));
    }
    return {};
}

} // namespace dotpha
