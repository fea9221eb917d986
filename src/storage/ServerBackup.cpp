#include "ServerBackup.h"

#include "PostgresTool.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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
    // --no-password: a login without a password file fails at once rather than waiting on a prompt.
    const QStringList arguments = {u"--format=custom"_s, u"--no-password"_s, u"--file="_s + partial,
                                   u"--dbname="_s + address.toUri()};
    if (const std::optional<PostgresTool::Failure> failure =
            PostgresTool::run(program(), arguments, password, BackupTimeoutMs)) {
        QFile::remove(partial);
        return failed(target, failure->why, failure->detail);
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
