#include "AuditRepository.h"
#include "AutomaticBackups.h"
#include "FileSnapshot.h"
#include "AttachmentRepository.h"
#include "OutsideDotpha.h"
#include "TemporaryDatabase.h"
#include "TestBackend.h"
#include "TestData.h"
#include "UnitRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QCryptographicHash>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

QStringList unitNames(Workspace &workspace)
{
    QStringList names;
    for (const Unit &unit : *workspace.repositories().units.all())
        names << unit.name;
    return names;
}

// Leaves path with a -wal holding a change not yet in the main file, as a crash or an open window
// does: the change is made through a connection that never checkpoints, whose -wal is saved
// before it closes and put back afterwards.
void leaveAStaleWal(const QString &path)
{
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"crashing"_s);
        other.setDatabaseName(path);
        ASSERT_TRUE(other.open());
        QSqlQuery query(other);
        ASSERT_TRUE(query.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
        ASSERT_TRUE(query.exec(u"INSERT INTO unit (name, name_folded, kind) VALUES ('xã Hai', 'xa hai', 'commune')"_s));
        QFile::remove(path + u"-wal.saved"_s);
        ASSERT_TRUE(QFile::copy(path + u"-wal"_s, path + u"-wal.saved"_s));
        query.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(u"crashing"_s);
    QFile::remove(path + u"-wal"_s);
    ASSERT_TRUE(QFile::rename(path + u"-wal.saved"_s, path + u"-wal"_s));
}

} // namespace

class RestoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        DOTPHA_FILE_ONLY("restoring a file and the copies kept beside it");
        auto workspace = temporary.open();
        ASSERT_TRUE(workspace);
        TestData(workspace->repositories()).addUnit(u"xã Một"_s);
        backup = temporary.pathFor(u"sao-luu.sqlite"_s);
        ASSERT_TRUE(workspace->database().backupTo(backup).ok());
    }

    TemporaryDatabase temporary;
    QString backup;
};

// Copying a backup over a database whose -wal is stale replays that -wal into the backup.
TEST_F(RestoreTest, CopyingOverAStaleWalCorruptsWhereRestoringDoesNot)
{
    DOTPHA_FILE_ONLY("restoring a file and the copies kept beside it");
    leaveAStaleWal(temporary.path());
    const QString naive = temporary.pathFor(u"naive.sqlite"_s);
    ASSERT_TRUE(QFile::copy(temporary.path(), naive) && QFile::copy(temporary.path() + u"-wal"_s, naive + u"-wal"_s));
    QFile::remove(naive);
    ASSERT_TRUE(QFile::copy(backup, naive));   // what copying a backup by hand does
    const Result<std::unique_ptr<Workspace>> copied = Workspace::open(naive, Database::Mode::OpenExisting);
    EXPECT_FALSE(copied.ok() && copied.value()->repositories().audit.verify()->isEmpty())
        << "the stale -wal was not replayed: the test does not show the hazard";

    const Result<QString> kept = Workspace::restoreBackup(backup, temporary.path(), {});
    ASSERT_TRUE(kept.ok()) << kept.error().message().toStdString();
    EXPECT_FALSE(QFile::exists(temporary.path() + u"-wal"_s) && QFileInfo(temporary.path() + u"-wal"_s).size() > 0);
    auto restored = temporary.open(Database::Mode::OpenExisting);
    ASSERT_TRUE(restored);
    EXPECT_EQ(unitNames(*restored), QStringList{u"xã Một"_s});
    EXPECT_TRUE(restored->repositories().audit.verify()->isEmpty());
    restored.reset();

    // The replaced database is kept with its -wal, so that its last change is not lost either.
    ASSERT_TRUE(QFile::exists(*kept));
    EXPECT_TRUE(QFileInfo(*kept).fileName().startsWith(u"test-before-restore-"_s));
    auto replaced = Workspace::open(*kept, Database::Mode::OpenExisting);
    ASSERT_TRUE(replaced.ok()) << replaced.error().message().toStdString();
    EXPECT_TRUE(unitNames(*replaced.value()).contains(u"xã Hai"_s));
}

TEST_F(RestoreTest, ABackupChangedOutsideDotphaIsRefusedAndNothingReplaced)
{
    DOTPHA_FILE_ONLY("restoring a file and the copies kept beside it");
    changeOutsideDotpha(backup, u"UPDATE unit SET name = 'xã Khác'"_s);
    const FileSnapshot before(temporary.path());
    const Result<QString> kept = Workspace::restoreBackup(backup, temporary.path(), {});
    ASSERT_FALSE(kept.ok());
    EXPECT_EQ(kept.error().kind(), Error::Kind::Refused);
    EXPECT_TRUE(kept.error().message().contains(u"xã Khác"_s)) << kept.error().message().toStdString();
    EXPECT_EQ(FileSnapshot(temporary.path()), before);
    EXPECT_FALSE(QFile::exists(temporary.path() + u".restoring"_s));
}

// The check a restore makes is `check`'s: an evidence file changed in the backup is named, and
// the database is left as it was.
TEST_F(RestoreTest, ABackupWithAnEvidenceFileChangedOutsideDotphaIsRefused)
{
    DOTPHA_FILE_ONLY("restoring a file and the copies kept beside it");
    {
        auto workspace = temporary.open();
        ASSERT_TRUE(workspace);
        TestData data(workspace->repositories());
        const Task task = data.addCollectiveTask(data.addUnit(u"xã Hai"_s), u"Chuyển đổi số"_s);
        const QByteArray bytes = "%PDF-1.4 quyết định";
        Attachment scan;
        scan.taskId = task.id;
        scan.fileName = u"quyết định.pdf"_s;
        scan.mediaType = u"application/pdf"_s;
        scan.sizeBytes = bytes.size();
        scan.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const Result<qint64> id = workspace->repositories().attachments.add(scan);
        ASSERT_TRUE(id.ok());
        ASSERT_TRUE(workspace->repositories().attachments.addChunk(*id, 0, bytes).ok());
        QFile::remove(backup);
        ASSERT_TRUE(workspace->database().backupTo(backup).ok());
    }
    changeOutsideDotpha(backup, u"UPDATE attachment_chunk SET bytes = X'00'"_s);
    const FileSnapshot before(temporary.path());
    const Result<QString> kept = Workspace::restoreBackup(backup, temporary.path(), {});
    ASSERT_FALSE(kept.ok());
    EXPECT_EQ(kept.error().kind(), Error::Kind::Refused);
    EXPECT_TRUE(kept.error().message().contains(u"quyết định.pdf"_s)) << kept.error().message().toStdString();
    EXPECT_EQ(FileSnapshot(temporary.path()), before);
}

TEST_F(RestoreTest, RestoringNeedsTheAuthorisationAskedFor)
{
    DOTPHA_FILE_ONLY("restoring a file and the copies kept beside it");
    const FileSnapshot before(temporary.path());
    const auto no = [](Workspace &) { return Status(Error(Error::Kind::Refused, u"không"_s)); };
    const Result<QString> refusedByBackup = Workspace::restoreBackup(backup, temporary.path(), {{}, no});
    ASSERT_FALSE(refusedByBackup.ok());
    const Result<QString> refusedByTarget = Workspace::restoreBackup(backup, temporary.path(), {no, {}});
    ASSERT_FALSE(refusedByTarget.ok());
    EXPECT_EQ(FileSnapshot(temporary.path()), before);
    EXPECT_FALSE(QFile::exists(temporary.path() + u".restoring"_s));
    EXPECT_FALSE(Workspace::restoreBackup(temporary.pathFor(u"khong-co.sqlite"_s), temporary.path(), {}).ok());
}

// A damaged database cannot say who administers it: restoring is what it needs.
TEST_F(RestoreTest, ADatabaseThatDoesNotOpenIsNotAskedForItsAuthorisation)
{
    DOTPHA_FILE_ONLY("restoring a file and the copies kept beside it");
    QFile damaged(temporary.path());
    ASSERT_TRUE(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write(QByteArray(8192, 'x'));
    damaged.close();
    bool asked = false;
    const Result<QString> kept = Workspace::restoreBackup(
        backup, temporary.path(), {[&](Workspace &) { asked = true; return Status(Error(Error::Kind::Refused, u"không"_s)); }, {}});
    ASSERT_TRUE(kept.ok()) << kept.error().message().toStdString();
    EXPECT_FALSE(asked);
}

TEST_F(RestoreTest, RestoringTwiceInASecondKeepsBothReplacedFiles)
{
    DOTPHA_FILE_ONLY("restoring a file and the copies kept beside it");
    const Result<QString> first = Workspace::restoreBackup(backup, temporary.path(), {});
    ASSERT_TRUE(first.ok()) << first.error().message().toStdString();
    const Result<QString> second = Workspace::restoreBackup(backup, temporary.path(), {});
    ASSERT_TRUE(second.ok()) << second.error().message().toStdString();
    EXPECT_NE(*first, *second);
    EXPECT_TRUE(QFile::exists(*first));
    EXPECT_TRUE(QFile::exists(*second));
}

TEST_F(RestoreTest, ASaveUnderWayOnAnotherComputerStopsTheRestore)
{
    DOTPHA_FILE_ONLY("restoring a file and the copies kept beside it");
    QSqlDatabase colleague = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"colleague"_s);
    colleague.setDatabaseName(temporary.path());
    ASSERT_TRUE(colleague.open());
    ASSERT_TRUE(QSqlQuery(colleague).exec(u"BEGIN IMMEDIATE"_s));
    const Result<QString> kept = Workspace::restoreBackup(backup, temporary.path(), {});
    QSqlQuery(colleague).exec(u"ROLLBACK"_s);
    colleague.close();
    colleague = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"colleague"_s);
    ASSERT_FALSE(kept.ok());
    EXPECT_EQ(kept.error().kind(), Error::Kind::Locked);
    const QStringList replaced = QFileInfo(temporary.path()).dir().entryList({u"*before-restore*"_s});
    EXPECT_TRUE(replaced.isEmpty()) << replaced.join(u' ').toStdString();
    EXPECT_FALSE(QFile::exists(temporary.path() + u".restoring"_s));
}

// Windows renames no file that another program holds open (a viewer, a sync client, an
// antivirus): the restore says so, names the file, and leaves the database where and as it was.
TEST_F(RestoreTest, AFileAnotherProgramHoldsOpenIsLeftAsItWasAndSaidSo)
{
    DOTPHA_FILE_ONLY("restoring a file and the copies kept beside it");
#ifndef Q_OS_WIN
    GTEST_SKIP() << "only Windows refuses to rename a file that another program holds open";
#endif
    const FileSnapshot before(temporary.path());
    QFile holder(temporary.path());   // opened as another program opens it: without FILE_SHARE_DELETE
    ASSERT_TRUE(holder.open(QIODevice::ReadOnly));
    const Result<QString> kept = Workspace::restoreBackup(backup, temporary.path(), {});
    holder.close();
    ASSERT_FALSE(kept.ok());
    EXPECT_EQ(kept.error().kind(), Error::Kind::File);
    EXPECT_TRUE(kept.error().message().contains(QDir::toNativeSeparators(temporary.path())))
        << kept.error().message().toStdString();
    EXPECT_EQ(FileSnapshot(temporary.path()).digest, before.digest);
    const QStringList replaced = QFileInfo(temporary.path()).dir().entryList({u"*before-restore*"_s});
    EXPECT_TRUE(replaced.isEmpty()) << replaced.join(u' ').toStdString();
}

TEST(AutomaticBackups, AFileIsCopiedBeforeItsUpgradeAndOnceADay)
{
    DOTPHA_FILE_ONLY("restoring a file and the copies kept beside it");
    TemporaryDatabase temporary;
    ASSERT_TRUE(QFile::copy(QStringLiteral(DOTPHA_STORAGE_TEST_DATA "/version-2-sample.sqlite"), temporary.path()));
    QFile::setPermissions(temporary.path(), QFile::ReadOwner | QFile::WriteOwner);
    const AutomaticBackups backups(temporary.pathFor(u"backups"_s), 2);
    {
        auto upgraded = Workspace::open(temporary.path(), Database::Mode::OpenExisting, &backups);
        ASSERT_TRUE(upgraded.ok());
    }
    QStringList made = backups.backupsOf(temporary.path());
    ASSERT_EQ(made.size(), 1);
    EXPECT_TRUE(made.first().endsWith(u"-format-2.sqlite"_s)) << made.first().toStdString();
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"copy"_s);
        copy.setDatabaseName(made.first());
        ASSERT_TRUE(copy.open());
        QSqlQuery version(copy);
        ASSERT_TRUE(version.exec(u"PRAGMA user_version"_s) && version.next());
        EXPECT_EQ(version.value(0).toInt(), 2);   // as it was before the upgrade
        version.finish();
        copy.close();
    }
    QSqlDatabase::removeDatabase(u"copy"_s);

    const Result<QString> today = backups.daily(temporary.path());
    ASSERT_TRUE(today.ok()) << today.error().message().toStdString();
    ASSERT_FALSE(today->isEmpty());
    EXPECT_TRUE(backups.daily(temporary.path())->isEmpty());   // once a day
    // Two older daily copies: with two kept, the oldest goes at the next one.
    const QString stamp = QDate::currentDate().toString(u"yyyyMMdd"_s);
    for (const QString &older : {u"20200101"_s, u"20200102"_s})
        ASSERT_TRUE(QFile::copy(*today, QString(*today).replace(stamp, older)));
    QFile::remove(*today);
    ASSERT_TRUE(backups.daily(temporary.path()).ok());
    made = backups.backupsOf(temporary.path());
    ASSERT_EQ(made.size(), 3);   // today's, the one of 2 January, and the copy before the upgrade
    EXPECT_TRUE(made.last().contains(u"20200102"_s));   // the oldest kept
    EXPECT_FALSE(made.join(u' ').contains(u"20200101"_s));
}

// Brackets in a file name are text, not a pattern: the copies of "Huyện ủy [2026]" are found.
TEST(AutomaticBackups, ADatabaseNameWithBracketsFindsItsCopies)
{
    DOTPHA_FILE_ONLY("restoring a file and the copies kept beside it");
    TemporaryDatabase temporary;
    const QString bracketed = temporary.pathFor(u"Huyện ủy [2026].sqlite"_s);
    {
        auto workspace = Workspace::open(bracketed);
        ASSERT_TRUE(workspace.ok()) << workspace.error().message().toStdString();
    }
    const AutomaticBackups backups(temporary.pathFor(u"backups"_s), 2);
    const Result<QString> today = backups.daily(bracketed);
    ASSERT_TRUE(today.ok()) << today.error().message().toStdString();
    EXPECT_EQ(backups.backupsOf(bracketed), QStringList{*today});
    EXPECT_TRUE(backups.daily(bracketed)->isEmpty());   // found, so not copied twice in a day
}
