#include "FileSnapshot.h"
#include "OutsideDotpha.h"
#include "SqlTransactionRunner.h"
#include "SqlUnitRepository.h"
#include "SchemaMigrations.h"
#include "TemporaryDatabase.h"
#include "TestBackend.h"

#include "UnitRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using dotpha::test::changeOutsideDotpha;
using dotpha::test::damageOutsideDotpha;
using dotpha::test::FileSnapshot;
using dotpha::test::TemporaryDatabase;

namespace {

QVariant pragma(Database &database, const QString &name)
{
    QSqlQuery query(database.connection());
    EXPECT_TRUE(query.exec(u"PRAGMA "_s + name));
    return query.next() ? query.value(0) : QVariant();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Opening must fail with a Refused error whose message names the file, and leave it as it was.
void expectRefusedAndUnchanged(const QString &path, const QString &expectedWords)
{
    const FileSnapshot before(path);
    const auto opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind(), Error::Kind::Refused);
    EXPECT_TRUE(opened.error().message().contains(QFileInfo(path).fileName())) << opened.error().message().toStdString();
    EXPECT_TRUE(opened.error().message().contains(expectedWords)) << opened.error().message().toStdString();
    EXPECT_EQ(FileSnapshot(path), before);
}

} // namespace

TEST(Database, CreatesNewFileAtCurrentSchemaWithPragmas)
{
    DOTPHA_FILE_ONLY("opening, checking and backing up a file");
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    Database &database = workspace->database();
    EXPECT_EQ(database.schemaVersion(), SchemaMigrations::currentVersion());
    EXPECT_EQ(pragma(database, u"user_version"_s).toInt(), SchemaMigrations::currentVersion());
    EXPECT_EQ(pragma(database, u"application_id"_s).toInt(), SchemaMigrations::ApplicationId);
    EXPECT_EQ(pragma(database, u"foreign_keys"_s).toInt(), 1);
    EXPECT_EQ(pragma(database, u"journal_mode"_s).toString(), u"wal"_s);
    EXPECT_EQ(pragma(database, u"synchronous"_s).toInt(), 2);   // FULL
    EXPECT_FALSE(database.isReadOnly());
}

TEST(Database, ReopensExistingFileWithoutMigratingAgain)
{
    DOTPHA_FILE_ONLY("opening, checking and backing up a file");
    TemporaryDatabase temporary;
    temporary.open().reset();
    auto reopened = temporary.open(Database::Mode::OpenExisting);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(reopened->database().schemaVersion(), SchemaMigrations::currentVersion());
}

// Was: an empty file was taken for a new database, so that check passed it and a read command
// made it an empty database, which every command after took for the committee's record.
TEST(Database, AnEmptyFileIsNoDatabaseAndIsLeftEmpty)
{
    DOTPHA_FILE_ONLY("opening, checking and backing up a file");
    TemporaryDatabase temporary;
    writeFile(temporary.path(), QByteArray());
    for (const Database::Mode mode : {Database::Mode::OpenExisting, Database::Mode::OpenOrCreate, Database::Mode::ReadOnly}) {
        const auto opened = Database::open(temporary.path(), mode);
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.error().kind(), Error::Kind::Refused);
        EXPECT_TRUE(opened.error().message().contains(u"empty"_s)) << opened.error().message().toStdString();
        EXPECT_EQ(QFileInfo(temporary.path()).size(), 0);
        EXPECT_FALSE(QFile::exists(temporary.path() + u"-wal"_s));
    }
}

TEST(Database, CreateMakesADatabaseInAnEmptyFileAndNoOther)
{
    DOTPHA_FILE_ONLY("opening, checking and backing up a file");
    TemporaryDatabase temporary;
    writeFile(temporary.path(), QByteArray());
    {
        auto workspace = temporary.open(Database::Mode::Create);
        ASSERT_TRUE(workspace);
        EXPECT_EQ(pragma(workspace->database(), u"user_version"_s).toInt(), SchemaMigrations::currentVersion());
    }
    const FileSnapshot before(temporary.path());
    const auto again = Database::open(temporary.path(), Database::Mode::Create);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message().contains(u"already exists"_s)) << again.error().message().toStdString();
    EXPECT_EQ(FileSnapshot(temporary.path()), before);
}

TEST(Database, OpenExistingRefusesMissingFile)
{
    DOTPHA_FILE_ONLY("opening, checking and backing up a file");
    TemporaryDatabase temporary;
    const auto opened = Database::open(temporary.path(), Database::Mode::OpenExisting);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind(), Error::Kind::File);
    EXPECT_FALSE(QFile::exists(temporary.path()));
}

TEST(Database, RefusesAFileThatIsNotADatabase)
{
    DOTPHA_FILE_ONLY("opening, checking and backing up a file");
    TemporaryDatabase temporary;
    writeFile(temporary.path(), QByteArray("Năm 2021, Ban Thường vụ Huyện ủy...\n").repeated(50));
    expectRefusedAndUnchanged(temporary.path(), u"not a Dotpha database"_s);
}

TEST(Database, RefusesATruncatedDatabase)
{
    DOTPHA_FILE_ONLY("opening, checking and backing up a file");
    TemporaryDatabase temporary;
    {
        auto workspace = temporary.open();
        ASSERT_TRUE(workspace);
        QSqlQuery fill(workspace->database().connection());
        // Enough rows to spread the file over many pages, so that truncation cuts into the b-tree.
        ASSERT_TRUE(fill.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                              "INSERT INTO unit (name, name_folded, kind) SELECT 'xã ' || i, 'xa ' || i, 'commune' FROM n"_s));
    }
    const QByteArray whole = readFile(temporary.path());
    ASSERT_GT(whole.size(), 40000);
    writeFile(temporary.path(), whole.left(whole.size() / 2));
    expectRefusedAndUnchanged(temporary.path(), u"damaged"_s);
}

TEST(Database, ADamagedFileIsRefusedWhenCheckedAtOpening)
{
    DOTPHA_FILE_ONLY("opening, checking and backing up a file");
    TemporaryDatabase temporary;
    ASSERT_TRUE(temporary.open());
    damageOutsideDotpha(temporary.path());
    expectRefusedAndUnchanged(temporary.path(), u"damaged"_s);
}

// The window opens a file at once and reads it for damage afterwards, on a connection of its own;
// what that finds turns the open file read-only.
TEST(Database, ACheckAfterOpeningFindsTheDamageAndTheFileTurnsReadOnly)
{
    DOTPHA_FILE_ONLY("opening, checking and backing up a file");
    TemporaryDatabase temporary;
    ASSERT_TRUE(temporary.open());
    damageOutsideDotpha(temporary.path());

    auto opened = Database::open(temporary.path(), Database::Mode::OpenExisting, nullptr, Database::Checking::Deferred);
    ASSERT_TRUE(opened.ok()) << opened.error().message().toStdString();
    Database &database = **opened;
    EXPECT_FALSE(database.isReadOnly());
    const Status checked = Database::checkForDamage(temporary.path());
    ASSERT_FALSE(checked.ok());
    EXPECT_EQ(checked.error().kind(), Error::Kind::Damaged);
    EXPECT_TRUE(checked.error().message().contains(QFileInfo(temporary.path()).fileName()))
        << checked.error().message().toStdString();

    database.markDamaged();
    EXPECT_TRUE(database.isReadOnly());
    EXPECT_TRUE(database.readOnlyReason().contains(QFileInfo(temporary.path()).fileName()));
    SqlUnitRepository units(database);
    SqlTransactionRunner transactions(database);
    const Status written = transactions.inTransaction([&]() -> Status {
        Unit unit;
        unit.name = u"xã Mỹ Bằng"_s;
        const Result<qint64> added = units.add(unit);
        return added ? Status() : Status(added.error());
    });
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().kind(), Error::Kind::ReadOnly);
}

TEST(Database, ACheckAfterOpeningPassesASoundFile)
{
    DOTPHA_FILE_ONLY("opening, checking and backing up a file");
    TemporaryDatabase temporary;
    ASSERT_TRUE(temporary.open());
    EXPECT_TRUE(Database::checkForDamage(temporary.path()).ok());
}

// An upgrade writes to the file: a damaged one is refused before, however checking was asked for.
TEST(Database, AFileToBeUpgradedIsReadForDamageFirstEvenWhenTheCheckIsDeferred)
{
    DOTPHA_FILE_ONLY("opening, checking and backing up a file");
    TemporaryDatabase temporary;
    ASSERT_TRUE(temporary.open());
    // As a file of the previous data format, whose upgrade would write to it.
    changeOutsideDotpha(temporary.path(), u"PRAGMA user_version = %1"_s.arg(SchemaMigrations::currentVersion() - 1));
    damageOutsideDotpha(temporary.path());
    const FileSnapshot before(temporary.path());
    const auto opened = Database::open(temporary.path(), Database::Mode::OpenExisting, nullptr, Database::Checking::Deferred);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind(), Error::Kind::Refused);
    EXPECT_TRUE(opened.error().message().contains(u"damaged"_s)) << opened.error().message().toStdString();
    EXPECT_EQ(FileSnapshot(temporary.path()), before);
}

TEST(Database, RefusesAFileWithOnlyAPartialHeader)
{
    DOTPHA_FILE_ONLY("opening, checking and backing up a file");
    TemporaryDatabase temporary;
    writeFile(temporary.path(), QByteArray("SQLite format 3\0", 16));
    expectRefusedAndUnchanged(temporary.path(), u"truncated"_s);
}

TEST(Database, RefusesADatabaseFromANewerVersion)
{
    DOTPHA_FILE_ONLY("opening, checking and backing up a file");
    TemporaryDatabase temporary;
    {
        auto workspace = temporary.open();
        ASSERT_TRUE(workspace);
        QSqlQuery query(workspace->database().connection());
        ASSERT_TRUE(query.exec(u"PRAGMA user_version = %1"_s.arg(SchemaMigrations::currentVersion() + 5)));
    }
    expectRefusedAndUnchanged(temporary.path(), u"newer version"_s);
}

TEST(Database, RefusesAnotherProgramsSqliteFile)
{
    DOTPHA_FILE_ONLY("opening, checking and backing up a file");
    TemporaryDatabase temporary;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-program"_s);
        other.setDatabaseName(temporary.path());
        ASSERT_TRUE(other.open());
        QSqlQuery query(other);
        ASSERT_TRUE(query.exec(u"CREATE TABLE contacts (name TEXT)"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other-program"_s);
    expectRefusedAndUnchanged(temporary.path(), u"another program"_s);
}

TEST(Database, OpensAReadOnlyFileReadOnlyAndSaysSo)
{
    DOTPHA_FILE_ONLY("opening, checking and backing up a file");
    TemporaryDatabase temporary;
    temporary.open().reset();
    QFile::setPermissions(temporary.path(), QFileDevice::ReadOwner | QFileDevice::ReadUser);
    const FileSnapshot before(temporary.path());
    {
        auto workspace = temporary.open();
        ASSERT_TRUE(workspace);
        Database &database = workspace->database();
        EXPECT_TRUE(database.isReadOnly());
        EXPECT_TRUE(database.readOnlyReason().contains(u"read-only"_s));

        // A write is refused up front with the read-only message, not at the driver.
        Unit unit;
        unit.name = u"xã Mỹ Bằng"_s;
        const Result<qint64> added = workspace->repositories().units.add(unit);
        ASSERT_FALSE(added.ok());
        EXPECT_EQ(added.error().kind(), Error::Kind::ReadOnly);
        EXPECT_TRUE(workspace->repositories().units.all().ok());
    }
    EXPECT_EQ(FileSnapshot(temporary.path()).digest, before.digest);
    QFile::setPermissions(temporary.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST(Database, BacksUpToAConsistentCopy)
{
    DOTPHA_FILE_ONLY("opening, checking and backing up a file");
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    Unit unit;
    unit.name = u"xã Đạo Viện"_s;
    ASSERT_TRUE(workspace->repositories().units.add(unit).ok());

    const QString backupPath = temporary.pathFor(u"backup.sqlite"_s);
    ASSERT_TRUE(workspace->database().backupTo(backupPath).ok());
    EXPECT_FALSE(QFile::exists(backupPath + u".partial"_s));

    auto copy = Workspace::open(backupPath, Database::Mode::OpenExisting);
    ASSERT_TRUE(copy.ok());
    const auto units = copy.value()->repositories().units.all();
    ASSERT_TRUE(units.ok());
    ASSERT_EQ(units->size(), 1);
    EXPECT_EQ(units->first().name, u"xã Đạo Viện"_s);
}

TEST(Database, BackupRefusesToOverwriteTheDatabase)
{
    DOTPHA_FILE_ONLY("opening, checking and backing up a file");
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    EXPECT_FALSE(workspace->database().backupTo(temporary.path()).ok());
}

TEST(Database, IntegrityCheckFindsDanglingReferences)
{
    DOTPHA_FILE_ONLY("opening, checking and backing up a file");
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    auto clean = workspace->database().integrityProblems();
    ASSERT_TRUE(clean.ok());
    EXPECT_TRUE(clean->isEmpty());

    QSqlQuery query(workspace->database().connection());
    ASSERT_TRUE(query.exec(u"PRAGMA foreign_keys = OFF"_s));
    ASSERT_TRUE(query.exec(u"INSERT INTO person (full_name, full_name_folded, unit_id) VALUES ('A', 'a', 999)"_s));
    ASSERT_TRUE(query.exec(u"PRAGMA foreign_keys = ON"_s));
    auto problems = workspace->database().integrityProblems();
    ASSERT_TRUE(problems.ok());
    ASSERT_EQ(problems->size(), 1);
    EXPECT_TRUE(problems->first().contains(u"person"_s));
}

TEST(Database, StoresEnumsAsReadableWords)
{
    DOTPHA_FILE_ONLY("opening, checking and backing up a file");
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    Unit unit;
    unit.name = u"thị trấn Tân Bình"_s;
    unit.kind = UnitKind::Township;
    ASSERT_TRUE(workspace->repositories().units.add(unit).ok());
    QSqlQuery query(workspace->database().connection());
    ASSERT_TRUE(query.exec(u"SELECT kind FROM unit"_s));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), u"township"_s);
}
