#include "TemporaryDatabase.h"
#include "TestBackend.h"
#include "TestData.h"
#include "TransactionRunner.h"
#include "UnitRepository.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

Unit commune(const QString &name)
{
    Unit unit;
    unit.name = name;
    unit.kind = UnitKind::Commune;
    return unit;
}

} // namespace

// A file deleted while Dotpha has it open would take every later save with it, reported as saved.
TEST(FileProblems, AFileDeletedDuringASaveFailsTheSave)
{
    DOTPHA_FILE_ONLY("a file deleted, replaced, locked or on a full disk");
#ifdef Q_OS_WIN
    GTEST_SKIP() << "Windows deletes no file that a program holds open: this cannot happen there";
#endif
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    Repositories &r = workspace->repositories();
    const Status saved = r.transactions.inTransaction([&]() -> Status {
        const Result<qint64> added = r.units.add(commune(u"xã Mỹ Bằng"_s));
        EXPECT_TRUE(added.ok());
        EXPECT_TRUE(QFile::remove(temporary.path()));
        return {};
    });
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind(), Error::Kind::File);
    EXPECT_TRUE(saved.error().message().contains(u"test.sqlite"_s)) << saved.error().message().toStdString();
    // And every save after it, instead of writing into a file nobody will open again.
    EXPECT_FALSE(r.units.add(commune(u"xã Đạo Viện"_s)).ok());
}

TEST(FileProblems, AFileReplacedByAnotherIsNotWrittenInto)
{
    DOTPHA_FILE_ONLY("a file deleted, replaced, locked or on a full disk");
#ifdef Q_OS_WIN
    GTEST_SKIP() << "Windows deletes no file that a program holds open: this cannot happen there";
#endif
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    {
        TemporaryDatabase other;
        ASSERT_TRUE(other.open());
        ASSERT_TRUE(QFile::remove(temporary.path()));
        ASSERT_TRUE(QFile::copy(other.path(), temporary.path()));
    }
    const Result<qint64> added = workspace->repositories().units.add(commune(u"xã Mỹ Bằng"_s));
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().kind(), Error::Kind::File);
}

// Another program that keeps the file for itself (locking_mode=EXCLUSIVE) makes it unreadable for
// a moment; that is not damage, and the message must not send the user to a backup.
TEST(FileProblems, AFileLockedByAnotherProgramIsCalledLockedNotDamaged)
{
    DOTPHA_FILE_ONLY("a file deleted, replaced, locked or on a full disk");
    TemporaryDatabase temporary;
    ASSERT_TRUE(temporary.open());
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"exclusive"_s);
        other.setDatabaseName(temporary.path());
        ASSERT_TRUE(other.open());
        QSqlQuery query(other);
        ASSERT_TRUE(query.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        ASSERT_TRUE(query.exec(u"BEGIN EXCLUSIVE"_s));
        ASSERT_TRUE(query.exec(u"CREATE TABLE held (x)"_s));
        ASSERT_TRUE(query.exec(u"COMMIT"_s));   // in exclusive mode the lock stays until the connection closes

        const Result<std::unique_ptr<Database>> opened = Database::open(temporary.path());
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.error().kind(), Error::Kind::Locked);
        EXPECT_TRUE(opened.error().message().contains(u"another program"_s)) << opened.error().message().toStdString();
        EXPECT_FALSE(opened.error().message().contains(u"damaged"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"exclusive"_s);
    EXPECT_TRUE(Database::open(temporary.path()).ok());   // free again
}

TEST(FileProblems, AFullDiskIsCalledFull)
{
    DOTPHA_FILE_ONLY("a file deleted, replaced, locked or on a full disk");
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    QSqlQuery query(workspace->database().connection());
    ASSERT_TRUE(query.exec(u"PRAGMA page_count"_s) && query.next());
    // The file may not grow by a page: what SQLite reports when the disk has no room left.
    ASSERT_TRUE(query.exec(u"PRAGMA max_page_count = %1"_s.arg(query.value(0).toInt())));
    const Result<qint64> added = workspace->repositories().units.add(commune(QString(20000, u'x')));
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().kind(), Error::Kind::DiskFull);
    EXPECT_TRUE(added.error().message().contains(u"full"_s)) << added.error().message().toStdString();
    EXPECT_TRUE(workspace->repositories().units.all()->isEmpty());
}
