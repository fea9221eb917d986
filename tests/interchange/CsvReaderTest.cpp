#include "CsvReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;

namespace {

QList<QStringList> expectedRows(const QString &csvPath)
{
    QFile file(QString(csvPath).replace(u".csv"_s, u".rows.json"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> rows;
    for (const QJsonValue &row : QJsonDocument::fromJson(file.readAll()).array()) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray())
            cells << cell.toString();
        rows << cells;
    }
    return rows;
}

QString textOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    return QString::fromUtf8(bytes);
}

// Each file of a folder read as Python's csv module reads it (scripts/csv-expectations.py).
void expectRowsAsPythonReadsThem(const QString &folder)
{
    const QStringList files = QDir(folder).entryList({u"*.csv"_s}, QDir::Files);
    ASSERT_FALSE(files.isEmpty()) << folder.toStdString();
    for (const QString &name : files) {
        const QString path = QDir(folder).filePath(name);
        const QList<QStringList> expected = expectedRows(path);
        ASSERT_FALSE(expected.isEmpty()) << name.toStdString();
        EXPECT_EQ(CsvReader::parse(textOf(path)), expected) << name.toStdString();
    }
}

} // namespace

TEST(CsvReader, ReadsTheCsvSpectrumAsPythonsCsvModuleDoes)
{
    expectRowsAsPythonReadsThem(QStringLiteral(DOTPHA_INTERCHANGE_TEST_DATA "/csv-spectrum"));
}

// A quote inside an unquoted cell is a character: the rows after it stay rows.
TEST(CsvReader, AStrayQuoteDoesNotSwallowTheRowsAfterIt)
{
    expectRowsAsPythonReadsThem(QStringLiteral(DOTPHA_INTERCHANGE_TEST_DATA "/stray-quotes"));
}

TEST(CsvReader, AQuoteNeverClosedIsNamedWithItsRowAndColumn)
{
    const QString path = QDir::temp().filePath(u"dotpha-unclosed-quote.csv"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("N\xC4\x83m,T\xC3\xAAn vi\xE1\xBB\x87" "c\n2022,\"Vi\xE1\xBB\x87" "c m\xE1\xBB\x99t\n2022,Vi\xE1\xBB\x87" "c hai\n");
    file.close();
    const Result<QList<QStringList>> rows = CsvReader::read(path);
    QFile::remove(path);
    ASSERT_FALSE(rows.ok());
    EXPECT_TRUE(rows.error().message().contains(u"row 2, column 2"_s)) << rows.error().message().toStdString();
}

TEST(CsvReader, AReadingToldToStopEndsAsCancelled)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"dang-ky.csv"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Năm,Đơn vị\n2022,xã Mỹ Bằng\n");
    file.close();
    const std::atomic<bool> stop(true);
    const Result<QList<QStringList>> stopped = CsvReader::read(path, &stop);
    ASSERT_FALSE(stopped);
    EXPECT_EQ(stopped.error().kind(), Error::Kind::Cancelled);
}

// A device or a pipe reads as size 0: the cap on a file's size must hold while reading, not only
// on what the file system says.
TEST(CsvReader, ADeviceWithoutEndIsRefusedAtTheCapOnSize)
{
    if (!QFile::exists(u"/dev/zero"_s))
        GTEST_SKIP() << "no /dev/zero on this system";
    const Result<QList<QStringList>> rows = CsvReader::read(u"/dev/zero"_s);
    ASSERT_FALSE(rows.ok());
    EXPECT_EQ(rows.error().kind(), Error::Kind::Refused);
    EXPECT_TRUE(rows.error().message().contains(u"too large"_s)) << rows.error().message().toStdString();
}

// Excel's sheets end at 16,384 columns: a line of commas beyond that is no registration list, and
// is refused at its first row rather than held whole, cell by cell.
TEST(CsvReader, ARowWiderThanExcelsIsRefusedWithItsRow)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"dấu phẩy.csv"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("N\xC4\x83m,T\xC3\xAAn\n");
    file.write(QByteArray(200000, ','));
    file.close();
    const Result<QList<QStringList>> rows = CsvReader::read(path);
    ASSERT_FALSE(rows.ok());
    EXPECT_TRUE(rows.error().message().contains(u"row 2"_s)) << rows.error().message().toStdString();
    EXPECT_TRUE(rows.error().message().contains(u"16,384"_s) || rows.error().message().contains(u"16384"_s))
        << rows.error().message().toStdString();
}
