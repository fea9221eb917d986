#include "TemporaryDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;
using namespace dotpha::test;

#ifdef Q_OS_UNIX

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// dotpha-cli as a process that may write no file past maxFileBytes: to SQLite, a disk with no room
// left (the write fails with EFBIG, as on a full disk with ENOSPC). In English, whatever the
// machine's language, so that the words can be checked.
CliRun cliWithRoomFor(qint64 maxFileBytes, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.remove(u"LANGUAGE"_s);
    process.setProcessEnvironment(environment);
    if (maxFileBytes >= 0) {
        process.setChildProcessModifier([maxFileBytes] {
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{rlim_t(maxFileBytes), rlim_t(maxFileBytes)};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    process.start(QStringLiteral(DOTPHA_CLI), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void expectNoWordOfDamage(const CliRun &run)
{
    EXPECT_FALSE(run.err.contains(u"damaged"_s, Qt::CaseInsensitive)) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(u"Restore"_s, Qt::CaseInsensitive)) << run.err.toStdString();
}

} // namespace

// Was: the first command on a full disk, even a read, left an empty -wal and a 3-byte -shm, and
// every opening after called the sound file damaged and sent the office to its backups.
TEST(CliFullDisk, AFullDiskIsCalledFullAtOpeningAndLeavesNothingBehind)
{
    TemporaryDatabase temporary;
    const QString path = temporary.pathFor(u"đầy.sqlite"_s);
    ASSERT_EQ(cliWithRoomFor(-1, {u"--db"_s, path, u"init"_s, u"--sample"_s}).exitCode, 0);
    const QStringList summary{u"--db"_s, path, u"summary"_s, u"--year"_s, u"2021"_s};

    const CliRun full = cliWithRoomFor(1024, summary);
    EXPECT_EQ(full.exitCode, 1) << full.out.toStdString();
    EXPECT_TRUE(full.err.contains(u"full"_s)) << full.err.toStdString();
    expectNoWordOfDamage(full);
    EXPECT_FALSE(QFile::exists(path + u"-wal"_s));
    EXPECT_FALSE(QFile::exists(path + u"-shm"_s));

    // What an earlier version left behind is not damage either.
    QFile wal(path + u"-wal"_s), shm(path + u"-shm"_s);
    ASSERT_TRUE(wal.open(QIODevice::WriteOnly) && shm.open(QIODevice::WriteOnly));
    shm.write("\0\0\0", 3);
    wal.close();
    shm.close();
    const CliRun again = cliWithRoomFor(1024, summary);
    EXPECT_EQ(again.exitCode, 1);
    expectNoWordOfDamage(again);

    const CliRun freed = cliWithRoomFor(-1, {u"--db"_s, path, u"check"_s});
    EXPECT_EQ(freed.exitCode, 0) << freed.err.toStdString();
    EXPECT_EQ(cliWithRoomFor(-1, summary).exitCode, 0);
}

// Was: init on a full disk left an empty file, which later commands took for a database.
TEST(CliFullDisk, InitOnAFullDiskLeavesNoFile)
{
    TemporaryDatabase temporary;
    const QString path = temporary.pathFor(u"mới.sqlite"_s);
    const CliRun init = cliWithRoomFor(0, {u"--db"_s, path, u"init"_s});
    EXPECT_EQ(init.exitCode, 1);
    EXPECT_TRUE(init.err.contains(u"full"_s)) << init.err.toStdString();
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_FALSE(QFile::exists(path + u"-wal"_s));
    EXPECT_FALSE(QFile::exists(path + u"-shm"_s));
    EXPECT_EQ(cliWithRoomFor(-1, {u"--db"_s, path, u"init"_s}).exitCode, 0);
}

// Was: check said "No problems found" of an empty file, and made it an empty database.
TEST(CliFullDisk, AnEmptyFileIsNoDatabaseToAnyCommandButInit)
{
    TemporaryDatabase temporary;
    const QString path = temporary.pathFor(u"rỗng.sqlite"_s);
    QFile empty(path);
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.close();
    for (const QStringList &command : {QStringList{u"check"_s}, QStringList{u"summary"_s, u"--year"_s, u"2021"_s},
                                       QStringList{u"generate"_s, u"--tasks"_s, u"3"_s}}) {
        const CliRun run = cliWithRoomFor(-1, QStringList{u"--db"_s, path} + command);
        EXPECT_EQ(run.exitCode, 1) << command.join(u' ').toStdString();
        EXPECT_TRUE(run.err.contains(u"empty"_s)) << run.err.toStdString();
        EXPECT_EQ(QFileInfo(path).size(), 0);
    }
    EXPECT_EQ(cliWithRoomFor(-1, {u"--db"_s, path, u"init"_s}).exitCode, 0);
    EXPECT_EQ(cliWithRoomFor(-1, {u"--db"_s, path, u"check"_s}).exitCode, 0);
}

#endif
