#include "AuditRepository.h"
#include "NativeSqlite.h"
#include "StagedRows.h"
#include "TaskRepository.h"
#include "TemporaryDatabase.h"
#include "TestBackend.h"
#include "TestData.h"
#include "UnitRepository.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

// Tasks with every kind of value a column holds: text with quotes and line breaks, empty text,
// absent values, numbers and the sort keys' bytes.
QList<Task> varied(const Unit &unit)
{
    Task plain = TestData::collectiveTask(unit, u"Đô thị loại V"_s);
    Task quoted = TestData::collectiveTask(unit, u"Việc có “ngoặc” và 'nháy'\nhai dòng"_s, 2022);
    quoted.deadline = QDate();
    quoted.endYear = 2024;
    quoted.content = QString();
    quoted.progressPercent = 40;
    Task rated = TestData::collectiveTask(unit, u"Việc đã đánh giá"_s);
    rated.assessment = u"Tốt; 100% kế hoạch"_s;
    return {plain, quoted, rated};
}

QString describe(const Task &task)
{
    return QStringList{QString::number(task.year), task.endYear ? QString::number(*task.endYear) : u"-"_s, task.title,
                       task.content, task.deadline.toString(Qt::ISODate), QString::number(task.progressPercent),
                       task.assessment, task.unitNameAtRegistration}
        .join(u" | "_s);
}

void expectStoredAsGiven(bool native)
{
    if (native)
        qunsetenv("DOTPHA_NO_NATIVE_SQLITE");
    else
        qputenv("DOTPHA_NO_NATIVE_SQLITE", "1");
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    Repositories &r = workspace->repositories();
#ifdef Q_OS_LINUX
    // Debian's driver uses the system's SQLite, whose functions are found through it.
    EXPECT_EQ(NativeSqlite::api(workspace->database().connection()) != nullptr, native);
#endif
    const Unit unit = TestData(r).addUnit(u"xã Mỹ Bằng"_s);
    const QList<Task> tasks = varied(unit);
    const Result<QList<qint64>> ids = r.tasks.addMany(tasks);
    ASSERT_TRUE(ids.ok()) << ids.error().message().toStdString();
    ASSERT_EQ(ids->size(), 3);
    for (qsizetype i = 0; i < tasks.size(); ++i)
        EXPECT_EQ(describe(*r.tasks.find(ids->at(i))), describe(tasks.at(i))) << "native " << native;
    TaskQuery search;
    search.searchText = u"ngoac"_s;   // the folded text and sort keys are stored too
    EXPECT_EQ(*r.tasks.count(search), 1);
    // Each row recorded with its snapshot, as one by one.
    EXPECT_EQ(r.audit.ofTask(ids->at(1))->size(), 1);
    EXPECT_TRUE(r.audit.verify()->isEmpty());
    qunsetenv("DOTPHA_NO_NATIVE_SQLITE");
}

} // namespace

TEST(BulkInsert, StoresEveryValueAsGivenThroughSqlitesOwnBinding)
{
    DOTPHA_FILE_ONLY("SQLite's own bulk binding");
    expectStoredAsGiven(true);
}

TEST(BulkInsert, StoresEveryValueAsGivenThroughQtsBinding)
{
    DOTPHA_FILE_ONLY("SQLite's own bulk binding");
    expectStoredAsGiven(false);
}

TEST(BulkInsert, ARowBreakingARuleStoresNone)
{
    DOTPHA_FILE_ONLY("SQLite's own bulk binding");
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    Repositories &r = workspace->repositories();
    const Unit unit = TestData(r).addUnit(u"xã Mỹ Bằng"_s);
    QList<Task> tasks = varied(unit);
    tasks[2].unitId = 999;   // no such unit: the foreign key refuses the whole statement
    EXPECT_FALSE(r.tasks.addMany(tasks).ok());
    EXPECT_EQ(*r.tasks.count(TaskQuery{}), 0);
    EXPECT_TRUE(r.tasks.addMany(varied(unit)).ok());   // and the staging is left clean
    EXPECT_EQ(*r.tasks.count(TaskQuery{}), 3);
}

namespace {

// Each value of every kind a caller may hand over, staged through one binding, as SQLite holds
// it: its type and its quoted literal.
QStringList stagedThrough(bool native)
{
    if (native)
        qunsetenv("DOTPHA_NO_NATIVE_SQLITE");
    else
        qputenv("DOTPHA_NO_NATIVE_SQLITE", "1");
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    const QVariantList values = {QVariant(),
                                 QVariant(QString()),
                                 u"Việc “mới”"_s,
                                 QByteArray("\x00\x01\xff", 3),
                                 true,
                                 42,
                                 qint64(1) << 40,
                                 2.5,
                                 QDate(2026, 12, 1),
                                 QDateTime(QDate(2026, 12, 1), QTime(8, 30, 15, 250), QTimeZone::utc()),
                                 QTime(8, 30)};
    StagedRows staged(workspace->database(), u"kinds"_s, int(values.size()));
    EXPECT_TRUE(staged.begin().ok());
    EXPECT_TRUE(staged.append(values).ok());
    QStringList columns;
    for (qsizetype i = 0; i < values.size(); ++i)
        columns << u"typeof(c%1) || ' ' || quote(c%1)"_s.arg(i);
    QSqlQuery query(workspace->database().connection());
    EXPECT_TRUE(query.exec(u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + staged.table()));
    EXPECT_TRUE(query.next());
    QStringList stored;
    for (qsizetype i = 0; i < values.size(); ++i)
        stored << query.value(int(i)).toString();
    qunsetenv("DOTPHA_NO_NATIVE_SQLITE");
    return stored;
}

} // namespace

TEST(BulkInsert, BothBindingsStoreEveryKindOfValueAlike)
{
    DOTPHA_FILE_ONLY("SQLite's own bulk binding");
    const QStringList throughQt = stagedThrough(false);
    EXPECT_EQ(throughQt.value(8), u"text '2026-12-01'"_s);   // what the Qt driver does with a date
    EXPECT_EQ(stagedThrough(true), throughQt);
}
